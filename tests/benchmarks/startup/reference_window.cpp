// The reference for the start-up benchmark: what Qt Widgets alone costs. QApplication and an
// empty QMainWindow, reporting like `promptdesk --benchmark-startup` (same clock, same RSS).
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>
#include <cstdio>

namespace {

QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}

QByteArray residentSetKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return QByteArrayLiteral("-1");
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0, QByteArrayLiteral("-1"));
        }
    }
    return QByteArrayLiteral("-1");
}

class FirstPaintReporter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_reported && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                std::printf("startup_ms=%lld rss_kb=%s\n",
                            static_cast<long long>(processClock().elapsed()),
                            residentSetKb().constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    processClock().start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Reference"));
    window.resize(1000, 700);
    window.winId();
    window.windowHandle()->installEventFilter(new FirstPaintReporter(&window));
    window.show();
    return QApplication::exec();
}
