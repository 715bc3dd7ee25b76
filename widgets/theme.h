#pragma once

#include <QString>

class QWidget;

namespace promptdesk {

// Colours that must stay readable in light, dark and high-contrast themes. Problems are also
// said in words (the colour is never the only signal); the colour follows the palette of
// `widget`, so a dark or high-contrast system theme gets a light, legible red.
QString problemTextStyle(const QWidget *widget);

} // namespace promptdesk
