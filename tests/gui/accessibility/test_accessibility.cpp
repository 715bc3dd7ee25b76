// Accessibility of every window: the main window, then each window or dialog its menus open
// (found by triggering every menu action and watching for new top-level windows, so windows
// added later are covered without changing this test). For each one the QAccessible tree is
// walked and every interactive control must have a name a screen reader can speak, and Tab
// must reach every control that takes keyboard focus. Runs over the real composition root
// with PROMPTDESK_CONFIG_DIR / PROMPTDESK_DATA_DIR in a temporary directory.
#include "accessibility_walker.h"
#include "app_context.h"
#include "drop_zone.h"
#include "first_run_dialog.h"
#include "gui_helpers.h"
#include "main_window.h"
#include "output_view.h"
#include "page_source_dialog.h"
#include "rerun_dialog.h"
#include "template_editor.h"
#include "templates/template_library.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace promptdesk;
using namespace promptdesk::testing;

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowControlsAreNamed();
    void everyWindowFromTheMenusIsNamedAndKeyboardOperable();
    void everyMenuEntryIsNamedAndShortcutsAreListed();
    void introductionSaysWhereTextGoes();
    void templateWindowsBehindButtonsAreNamed();
    void runAgainWindowIsNamedAndKeyboardOperable();
    void screenshots();

private:
    struct Inspected {
        QString window;
        AccessibilityReport report;
        QStringList unreachable; // focusable controls Tab never reached
    };

    // Triggers `action` and inspects (then closes) every top-level window that appears.
    QList<Inspected> triggerAndInspect(QAction *action, bool acceptDialogs = false);
    Inspected inspect(QWidget *window);
    void prepareWindowWithResult(MainWindow &window);

    QTemporaryDir m_state;
    std::unique_ptr<AppContext> m_context;
    QList<Inspected> m_duringRun; // windows opened by Run (the review step)
};

namespace {

QList<QAction *> menuActions(QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (QMenu *sub = action->menu()) {
            actions += menuActions(sub);
        } else {
            actions.append(action);
        }
    }
    return actions;
}

QList<QAction *> allMenuActions(QMainWindow &window)
{
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        if (QMenu *menu = top->menu()) {
            actions += menuActions(menu);
        }
    }
    return actions;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QSet<QWidget *> visibleTopLevels()
{
    QSet<QWidget *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        // Popup menus and tool tips are not windows of their own.
        if (w->isVisible() && !(w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)) {
            windows.insert(w);
        }
    }
    return windows;
}

QString windowLabel(QWidget *w)
{
    return QStringLiteral("%1 “%2” (%3)")
        .arg(w->objectName(), w->windowTitle(), QString::fromLatin1(w->metaObject()->className()));
}

void closeWindow(QWidget *w, bool accept = false)
{
    if (auto *dialog = qobject_cast<QDialog *>(w)) {
        if (accept) {
            dialog->accept();
        } else {
            dialog->reject();
        }
    } else {
        w->close();
    }
}

} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_state.isValid());
    qputenv("PROMPTDESK_CONFIG_DIR", m_state.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PROMPTDESK_DATA_DIR", m_state.filePath(QStringLiteral("data")).toUtf8());
    auto context = AppContext::create();
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    m_context = std::move(context).value();
    // Without an active assistive technology Qt still builds the interfaces on request.
    QAccessible::setActive(true);
}

void TestAccessibility::prepareWindowWithResult(MainWindow &window)
{
    // Input and a result, so the actions that need them (copy, save, …) are enabled.
    window.findChild<DropZone *>()->notesEdit()->setPlainText(
        QStringLiteral("The team meeting moved to Thursday. Please bring the budget figures. "
                       "The projector in room four is still broken."));
    // With the review step on, Run first opens it (a modal dialog): it is inspected, then
    // accepted. It is off again afterwards, so the menu walk reaches Compare Models' own
    // window rather than the review step in front of it.
    QAction *review = namedAction(&window, QStringLiteral("actionReviewBeforeSending"));
    review->setChecked(true);
    for (const Inspected &inspected :
         triggerAndInspect(namedAction(&window, QStringLiteral("actionRun")), true)) {
        m_duringRun.append(inspected);
    }
    review->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
    QVERIFY2(!m_duringRun.isEmpty(), "Run with the review step on opened no window");
    QVERIFY(window.findChild<OutputView *>()->hasOutput());
}

TestAccessibility::Inspected TestAccessibility::inspect(QWidget *window)
{
    Inspected result;
    result.window = windowLabel(window);
    result.report = walkAccessibleTree(window);

    // Complete keyboard operation: Tab from the first control must visit every control that
    // takes focus with Tab (visible and enabled), in some order, and come back round.
    QList<QWidget *> focusable;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() &&
            w->focusProxy() == nullptr && w->window() == window) {
            focusable.append(w);
        }
    }
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!focusable.isEmpty() && QTest::qWaitForWindowActive(window, 2000)) {
        if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window) {
            focusable.first()->setFocus(Qt::TabFocusReason);
        }
        QSet<QWidget *> reached;
        for (int i = 0; i < 2 * focusable.size() + 2; ++i) {
            if (QWidget *focus = QApplication::focusWidget()) {
                reached.insert(focus);
                QTest::keyClick(focus, Qt::Key_Tab);
            }
        }
        for (QWidget *w : focusable) {
            if (!reached.contains(w)) {
                result.unreachable.append(QString::fromLatin1(w->metaObject()->className()) +
                                          QLatin1Char(' ') + w->objectName());
            }
        }
    }
    return result;
}

QList<TestAccessibility::Inspected> TestAccessibility::triggerAndInspect(QAction *action,
                                                                         bool acceptDialogs)
{
    const QSet<QWidget *> before = visibleTopLevels();
    QList<Inspected> found;
    bool done = false;
    int polls = 0;
    // Polls from a timer, so it also runs inside the event loop of a modal dialog's exec().
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [&] {
        const QSet<QWidget *> now = visibleTopLevels();
        QList<QWidget *> fresh;
        for (QWidget *w : now) {
            if (!before.contains(w)) {
                fresh.append(w);
            }
        }
        ++polls;
        if (fresh.isEmpty()) {
            if (polls > 10) { // nothing opened within half a second: not a window action
                done = true;
                poll->stop();
            }
            return;
        }
        poll->stop();
        for (QWidget *w : fresh) {
            if (qobject_cast<QFileDialog *>(w)) {
                // Qt's own file dialog (the desktop's native one outside the test).
                qInfo().noquote() << plain(action->text()) << "opens the file dialog";
            } else {
                found.append(inspect(w));
            }
            closeWindow(w, acceptDialogs);
        }
        done = true;
    });
    poll->start();
    action->trigger();
    const bool settled = QTest::qWaitFor([&] { return done; }, 10000);
    poll->stop();
    if (!settled) {
        qWarning().noquote() << plain(action->text()) << "did not settle within 10 s";
    }
    poll->deleteLater();
    return found;
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    MainWindow window(m_context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AccessibilityReport empty = walkAccessibleTree(&window);
    QVERIFY2(empty.unnamed.isEmpty(), qPrintable(empty.unnamed.join(QStringLiteral("\n"))));
    QVERIFY2(empty.interactive >= 6, qPrintable(QString::number(empty.interactive)));

    m_duringRun.clear();
    prepareWindowWithResult(window);
    for (const Inspected &inspected : m_duringRun) {
        QVERIFY2(inspected.report.unnamed.isEmpty(),
                 qPrintable(inspected.window + QStringLiteral(": ") +
                            inspected.report.unnamed.join(QStringLiteral(", "))));
        QVERIFY2(inspected.unreachable.isEmpty(),
                 qPrintable(inspected.window + QStringLiteral(": Tab never reaches ") +
                            inspected.unreachable.join(QStringLiteral(", "))));
    }
    AccessibilityReport withResult = walkAccessibleTree(&window);
    QVERIFY2(withResult.unnamed.isEmpty(),
             qPrintable(withResult.unnamed.join(QStringLiteral("\n"))));
    if (!withResult.withoutDescription.isEmpty()) {
        qInfo().noquote() << "named, without a description:"
                          << withResult.withoutDescription.join(QStringLiteral(", "));
    }
}

void TestAccessibility::everyWindowFromTheMenusIsNamedAndKeyboardOperable()
{
    MainWindow window(m_context->pipeline());
    window.setEditableTemplates(&m_context->templateLibrary()); // Templates > Manage Templates
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    prepareWindowWithResult(window);

    QStringList problems;
    QStringList opened;
    for (QAction *action : allMenuActions(window)) {
        // Quitting, running and clearing open no window and would end the walk early.
        if (action->menuRole() == QAction::QuitRole ||
            action->objectName() == QLatin1String("actionQuit") ||
            action->objectName() == QLatin1String("actionRun") ||
            action->objectName() == QLatin1String("actionClear") || action->isCheckable()) {
            continue; // toggles (e.g. the review step) change a setting, they open nothing
        }
        if (!action->isEnabled()) {
            qInfo().noquote() << "disabled in this state, not opened:" << plain(action->text());
            continue;
        }
        for (const Inspected &inspected : triggerAndInspect(action)) {
            opened.append(inspected.window);
            qInfo().noquote() << plain(action->text()) << "->" << inspected.window << "with"
                              << inspected.report.interactive << "controls";
            for (const QString &control : inspected.report.unnamed) {
                problems.append(inspected.window + QStringLiteral(": unnamed ") + control);
            }
            for (const QString &control : inspected.unreachable) {
                problems.append(inspected.window + QStringLiteral(": Tab never reaches ") +
                                control);
            }
        }
        QVERIFY2(window.isVisible(), qPrintable(plain(action->text())));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // At least the dialogs this issue owns are reached from the menus.
    for (const QString &name : {QStringLiteral("aboutDialog"), QStringLiteral("shortcutsDialog"),
                                QStringLiteral("settingsDialog"), QStringLiteral("helpGuideDialog"),
                                QStringLiteral("firstRunDialog"), QStringLiteral("compareDialog"),
                                QStringLiteral("usageDialog"), QStringLiteral("templateManager"),
                                QStringLiteral("historyDialog")}) {
        QVERIFY2(opened.join(QLatin1Char('\n')).contains(name),
                 qPrintable(name + QStringLiteral(" not opened; opened: ") +
                            opened.join(QStringLiteral(", "))));
    }
}

void TestAccessibility::everyMenuEntryIsNamedAndShortcutsAreListed()
{
    MainWindow window(m_context->pipeline());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList withShortcut;
    for (QAction *action : allMenuActions(window)) {
        QVERIFY2(!plain(action->text()).trimmed().isEmpty(), qPrintable(action->objectName()));
        if (!action->shortcut().isEmpty()) {
            withShortcut.append(plain(action->text()));
        }
    }
    QVERIFY(!withShortcut.isEmpty());

    // Help > Keyboard shortcuts lists every one of them.
    QStringList listed;
    bool seen = false;
    QTimer::singleShot(200, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("shortcutsDialog") && w->isVisible()) {
                auto *table = w->findChild<QTreeWidget *>();
                for (int i = 0; table && i < table->topLevelItemCount(); ++i) {
                    listed.append(table->topLevelItem(i)->text(0));
                }
                seen = true;
                closeWindow(w);
            }
        }
    });
    namedAction(&window, QStringLiteral("actionShortcuts"))->trigger();
    QTRY_VERIFY(seen);
    for (const QString &name : withShortcut) {
        QVERIFY2(listed.contains(name), qPrintable(name));
    }
}

void TestAccessibility::introductionSaysWhereTextGoes()
{
    FirstRunDialog dialog(m_context->pipeline());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The built-in policy: the offline engine only, which keeps everything on this computer.
    QVERIFY2(dialog.destinationsText().contains(QStringLiteral("this computer")),
             qPrintable(dialog.destinationsText()));
    const AccessibilityReport report = walkAccessibleTree(&dialog);
    QVERIFY2(report.unnamed.isEmpty(), qPrintable(report.unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::templateWindowsBehindButtonsAreNamed()
{
    // Opened from buttons rather than menus: the template editor (Manage Templates > Open) and
    // the source page of a citation (a link in the result).
    const Template *builtin = m_context->pipeline().templates().find(QStringLiteral("extract"));
    QVERIFY(builtin);
    TemplateEditor editor(*builtin, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    Inspected inspected = inspect(&editor);
    QVERIFY2(inspected.report.unnamed.isEmpty(),
             qPrintable(inspected.report.unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(inspected.unreachable.isEmpty(),
             qPrintable(inspected.unreachable.join(QLatin1Char('\n'))));
    editor.duplicate(); // now editable: every field takes input
    inspected = inspect(&editor);
    QVERIFY2(inspected.report.unnamed.isEmpty(),
             qPrintable(inspected.report.unnamed.join(QLatin1Char('\n'))));

    PageSourceDialog page;
    page.showPage(DocumentPage{3, QStringLiteral("The canteen closes at three."), {}});
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    inspected = inspect(&page);
    QVERIFY2(inspected.report.unnamed.isEmpty(),
             qPrintable(inspected.report.unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(inspected.unreachable.isEmpty(),
             qPrintable(inspected.unreachable.join(QLatin1Char('\n'))));
}

void TestAccessibility::runAgainWindowIsNamedAndKeyboardOperable()
{
    // History > Run again opens from a button of the history window: both answers side by
    // side, named for screen readers, while the new one arrives and after it has.
    JobRequest request;
    request.pastedText = QStringLiteral("The lift in block B is out of order until Friday.");
    request.templateId = QStringLiteral("summarise");
    HistoryPreview before;
    before.item.providerId = QStringLiteral("offline");
    before.item.createdUtc = QDateTime::currentDateTimeUtc().addDays(-2);
    before.output = QStringLiteral("The lift is broken until Friday.");
    RerunDialog dialog(m_context->pipeline(), request, before, QStringLiteral("Offline engine"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Inspected inspected = inspect(&dialog);
    QVERIFY2(inspected.report.unnamed.isEmpty(),
             qPrintable(inspected.report.unnamed.join(QLatin1Char('\n'))));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    inspected = inspect(&dialog);
    QVERIFY2(inspected.report.unnamed.isEmpty(),
             qPrintable(inspected.report.unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(inspected.unreachable.isEmpty(),
             qPrintable(inspected.unreachable.join(QLatin1Char('\n'))));
    QVERIFY(!dialog.nowText().isEmpty());
}

void TestAccessibility::screenshots()
{
    // README and AppStream screenshots of the dialogs a new user meets first.
    const QString dir = qEnvironmentVariable("PROMPTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set PROMPTDESK_SCREENSHOT_DIR to write first-run.png");
    }
    QVERIFY(QDir().mkpath(dir));
    FirstRunDialog dialog(m_context->pipeline());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("first-run.png"))));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
