#include "gui_helpers.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QWidget>

namespace promptdesk::testing {

bool dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QAction *namedAction(QWidget *window, const QString &objectName)
{
    auto *action = window->findChild<QAction *>(objectName);
    if (!action) {
        qFatal("no action named %s", qPrintable(objectName));
    }
    return action;
}

QImage scannedPage(const QStringList &lines)
{
    QImage image(1800, 200 + 110 * int(lines.size()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(64);
    painter.setFont(font);
    painter.setPen(Qt::black);
    int y = 150;
    for (const QString &line : lines) {
        painter.drawText(100, y, line);
        y += 110;
    }
    return image;
}

} // namespace promptdesk::testing
