#include "theme.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace promptdesk {

QString problemTextStyle(const QWidget *widget)
{
    const QPalette palette = widget->palette();
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // High-contrast themes (pure black on white or white on black): keep their text colour
    // and mark problems by weight only; any tint would lower the contrast they ask for.
    const bool highContrast = (background.lightness() > 250 && text.lightness() < 5) ||
                              (background.lightness() < 5 && text.lightness() > 250);
    if (highContrast) {
        return QStringLiteral("font-weight: bold;");
    }
    // #b00020 on light backgrounds (contrast 7:1 on white), #ff8a80 on dark ones.
    const bool dark = background.lightness() < 128;
    return dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;");
}

} // namespace promptdesk
