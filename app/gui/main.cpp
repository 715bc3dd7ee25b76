// Composition root of the desktop app: builds the services once (AppContext) and hands the
// pipeline to the main window. No singletons below this file.
#include "app_context.h"
#include "core/app_info.h"
#include "core/app_paths.h"
#include "first_run_dialog.h"
#include "main_window.h"
#include "ui_settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <QWindow>
#include <cstdio>

namespace {

// --benchmark-startup reports the time from the top of main() to the first paint of the main
// window. It is measured with this QElapsedTimer, not from /proc/self/stat's starttime: that
// field has a resolution of one clock tick (10 ms), too coarse for the figures we compare.
// Time spent before main() (exec, dynamic linking of Qt) is not included here; the
// startup benchmark measures it from outside as the wall time of the whole process.
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
            // "VmRSS:     12345 kB"
            return line.mid(6).trimmed().split(' ').value(0, QByteArrayLiteral("-1"));
        }
    }
    return QByteArrayLiteral("-1");
}

// Prints the start-up figures once the window has been exposed (painted) for the first time,
// with the number of inputs the command line opened, then quits.
class FirstPaintReporter final : public QObject {
public:
    explicit FirstPaintReporter(promptdesk::MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_reported && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_reported = true;
            // The expose handler paints synchronously; report right after it has returned.
            QTimer::singleShot(0, this, [this] {
                std::printf("startup_ms=%lld rss_kb=%s inputs=%d\n",
                            static_cast<long long>(processClock().elapsed()),
                            residentSetKb().constData(), m_window->inputCount());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    promptdesk::MainWindow *m_window;
    bool m_reported = false;
};

void installTranslators(QApplication &app, const QLocale &locale)
{
    // The language chosen in Preferences, else the system's. Dates, numbers and currency
    // follow the same locale (QLocale() everywhere).
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs), then ours. Missing files are fine:
    // the UI then stays in English.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("promptdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
    }
}

} // namespace

int main(int argc, char **argv)
{
    processClock().start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Promptdesk"));
    QApplication::setApplicationName(QStringLiteral("Promptdesk"));
    QApplication::setApplicationVersion(promptdesk::appVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.promptdesk.Promptdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/promptdesk.svg")));
    promptdesk::UiSettings uiSettings(promptdesk::AppPaths::fromEnvironment().settingsFile());
    installTranslators(app, uiSettings.effectiveLocale());

    const bool benchmarkStartup =
        QCoreApplication::arguments().contains(QStringLiteral("--benchmark-startup"));

    auto context = promptdesk::AppContext::create();
    if (!context) {
        const QString message =
            QCoreApplication::translate("main", "Promptdesk could not start: %1")
                .arg(context.error().message);
        if (benchmarkStartup) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
        } else {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Promptdesk"),
                                  message);
        }
        return 1;
    }

    promptdesk::MainWindow window(context.value()->pipeline());
    window.setEditableTemplates(&context.value()->templateLibrary());
    if (benchmarkStartup) {
        window.winId(); // creates the QWindow so the reporter can watch its first expose
        window.windowHandle()->installEventFilter(new FirstPaintReporter(&window));
    }
    if (!benchmarkStartup) {
        // Where the user left it; restoreGeometry keeps it on a screen that still exists.
        window.restoreGeometry(uiSettings.windowGeometry());
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &window,
                         [&] { uiSettings.setWindowGeometry(window.saveGeometry()); });
    }
    window.show();
    // `promptdesk FILE…` and "Open with" from a file manager (the .desktop file passes %F):
    // every argument that is not an option is a file for the input list.
    QStringList files;
    for (const QString &argument : QCoreApplication::arguments().mid(1)) {
        if (!argument.startsWith(QLatin1Char('-'))) {
            files.append(argument);
        }
    }
    if (!files.isEmpty()) {
        window.openFiles(files);
    }
    if (!benchmarkStartup && !uiSettings.introductionShown()) {
        // Once, over the window: what is sent where and how redaction works.
        auto *intro = new promptdesk::FirstRunDialog(context.value()->pipeline(), &window);
        intro->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(intro, &QDialog::finished, &window,
                         [&uiSettings] { uiSettings.setIntroductionShown(true); });
        intro->open();
    }
    return QApplication::exec();
}
