#include "history_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kToday = -1; // the date filter's "today" row: since local midnight

QString statusText(const QString &status)
{
    if (status == QStringLiteral("ok")) {
        return HistoryDialog::tr("Done");
    }
    if (status == QStringLiteral("cancelled")) {
        return HistoryDialog::tr("Stopped");
    }
    return HistoryDialog::tr("Failed");
}

} // namespace

HistoryDialog::HistoryDialog(HistoryBrowser history, QWidget *parent)
    : QDialog(parent)
    , m_history(std::move(history))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("History"), question) == QMessageBox::Yes;
    };

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setText(
        tr("The system keychain is not available, so the personal data in new entries is not "
           "kept: they show placeholders such as [PERSON_1] instead of the originals, and "
           "searching by a person's name finds nothing for them."));
    m_banner->setVisible(m_history.historyKept() && !m_history.originalsKept());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search by words, or by a person's name, e-mail or number"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });

    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("historyDateFilter"));
    m_when->setAccessibleName(tr("Show entries from"));
    m_when->addItem(tr("Any time"), 0);
    m_when->addItem(tr("Today"), kToday);
    m_when->addItem(tr("Last 7 days"), 7);
    m_when->addItem(tr("Last 30 days"), 30);
    m_when->addItem(tr("Last 12 months"), 365);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("historyTemplateFilter"));
    m_template->setAccessibleName(tr("Show entries of the task"));
    auto *templateLabel = new QLabel(tr("T&ask:"), this);
    templateLabel->setBuddy(m_template);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("historyProviderFilter"));
    m_provider->setAccessibleName(tr("Show entries sent to the provider"));
    auto *providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_provider);

    m_keptFor = new QLabel(this);
    m_keptFor->setObjectName(QStringLiteral("historyKeptFor"));
    m_keptFor->setWordWrap(true);
    m_keptFor->setTextFormat(Qt::PlainText);
    m_keptFor->hide();

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Task"), tr("Provider and model"),
                                        tr("Input"), tr("Data class"), tr("Result")});
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History entries, newest first"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list (arrows move within it)
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring all 500 listed rows made opening a
    // full history three times slower, and the newest rows are the ones on screen.
    m_list->horizontalHeader()->setResizeContentsPrecision(50);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::showSelected);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("historyPreview"));
    m_preview->setAccessibleName(tr("Entry preview"));
    m_showSent =
        new QCheckBox(tr("Show exactly what was &sent (personal data as placeholders)"), this);
    m_showSent->setObjectName(QStringLiteral("historyShowSent"));
    connect(m_showSent, &QCheckBox::toggled, this, &HistoryDialog::showSelected);

    m_copy = new QPushButton(tr("&Copy result"), this);
    m_copy->setObjectName(QStringLiteral("historyCopy"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1) {
            if (Result<HistoryPreview> preview = m_history.open(ids.first())) {
                QApplication::clipboard()->setText(preview->output);
            }
        }
    });
    m_reopen = new QPushButton(tr("&Reopen"), this);
    m_reopen->setObjectName(QStringLiteral("historyReopen"));
    m_reopen->setToolTip(tr("Put this entry's input and task back into the main window."));
    connect(m_reopen, &QPushButton::clicked, this, &HistoryDialog::reopenSelected);
    m_rerun = new QPushButton(tr("Run a&gain"), this);
    m_rerun->setObjectName(QStringLiteral("historyRerun"));
    m_rerun->setToolTip(tr("Run the same input again with the current provider, model and "
                           "task, and compare the answers side by side."));
    connect(m_rerun, &QPushButton::clicked, this, &HistoryDialog::rerunSelected);
    m_saveAs = new QPushButton(tr("Sa&ve result as…"), this);
    m_saveAs->setObjectName(QStringLiteral("historySaveAs"));
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save result"), QStringLiteral("result.txt"),
                                         tr("Text (*.txt);;Markdown (*.md);;All files (*)"));
        if (!path.isEmpty()) {
            saveSelectedAs(path);
        }
    });
    connect(m_list, &QTableView::activated, this, &HistoryDialog::reopenSelected);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    connect(m_delete, &QPushButton::clicked, this, &HistoryDialog::deleteSelected);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &HistoryDialog::deleteSelected);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_export->setToolTip(tr("Save the chosen entries as JSON or Markdown."));
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export history"), QStringLiteral("history.md"),
                                         tr("Markdown (*.md);;JSON (*.json)"), &filter);
        if (path.isEmpty()) {
            return;
        }
        const bool restore =
            QMessageBox::question(this, tr("Export history"),
                                  tr("Put the original personal data back into the export? "
                                     "Choose No to export the text with placeholders, as "
                                     "it was sent.")) == QMessageBox::Yes;
        exportSelected(path, restore);
    });
    m_eraseAll = new QPushButton(tr("&Erase all…"), this);
    m_eraseAll->setObjectName(QStringLiteral("historyEraseAll"));
    connect(m_eraseAll, &QPushButton::clicked, this, &HistoryDialog::eraseAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(whenLabel);
    filterRow->addWidget(m_when);
    filterRow->addWidget(templateLabel);
    filterRow->addWidget(m_template);
    filterRow->addWidget(providerLabel);
    filterRow->addWidget(m_provider);
    filterRow->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_showSent);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reopen);
    actions->addWidget(m_rerun);
    actions->addWidget(m_copy);
    actions->addWidget(m_saveAs);
    actions->addWidget(m_delete);
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(m_eraseAll);
    actions->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    layout->addWidget(m_keptFor);
    layout->addLayout(actions);
    resize(900, 560);

    if (!m_history.historyKept()) {
        showProblem(tr("History is turned off: no past jobs are kept."));
        for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_when, m_template, m_provider,
                                                           m_eraseAll}) {
            w->setEnabled(false);
        }
    } else {
        fillFilters();
        for (QComboBox *filter : {m_when, m_template, m_provider}) {
            connect(filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
        }
        search({});
    }
    showSelected();
}

void HistoryDialog::setKeptForText(const QString &text)
{
    m_keptFor->setText(text);
    m_keptFor->setVisible(!text.isEmpty());
}

void HistoryDialog::fillFilters()
{
    m_template->addItem(tr("All tasks"), QString());
    m_provider->addItem(tr("All providers"), QString());
    const Result<HistoryFilterChoices> choices = m_history.filterChoices();
    if (!choices) {
        return; // the list itself says what is wrong
    }
    for (const auto &[id, name] : choices->templates) {
        m_template->addItem(name, id);
    }
    for (const QString &id : choices->providerIds) {
        m_provider->addItem(id, id);
    }
}

void HistoryDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void HistoryDialog::search(const QString &text)
{
    m_lastSearch = text;
    m_model->removeRows(0, m_model->rowCount());
    HistoryFilter filter;
    filter.text = text;
    filter.templateId = m_template->currentData().toString();
    filter.providerId = m_provider->currentData().toString();
    const int days = m_when->currentData().toInt();
    if (days == kToday) {
        filter.fromUtc = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    } else if (days > 0) {
        filter.fromUtc = QDateTime::currentDateTimeUtc().addDays(-days);
    }
    const bool filtered = !filter.templateId.isEmpty() || !filter.providerId.isEmpty() || days;
    const Result<QList<HistoryListItem>> items = m_history.find(filter);
    if (!items) {
        showProblem(tr("The history could not be read: %1").arg(items.error().message));
        return;
    }
    QString empty;
    if (!text.trimmed().isEmpty()) {
        empty = tr("Nothing matches \"%1\".").arg(text.trimmed());
    } else {
        empty = filtered ? tr("No entries match these filters.") : tr("No history yet.");
    }
    showProblem(items->isEmpty() ? empty : QString());
    const QLocale locale;
    for (const HistoryListItem &item : items.value()) {
        QList<QStandardItem *> row{
            new QStandardItem(locale.toString(item.createdUtc.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(item.templateName),
            new QStandardItem(item.model.isEmpty()
                                  ? item.providerId
                                  : item.providerId + QStringLiteral(" · ") + item.model),
            new QStandardItem(item.sourceName),
            new QStandardItem(item.dataClass),
            new QStandardItem(statusText(item.status)),
        };
        row.first()->setData(item.id, kIdRole);
        m_model->appendRow(row);
    }
    m_list->resizeColumnsToContents();
    showSelected();
}

int HistoryDialog::rowCount() const
{
    return m_model->rowCount();
}

void HistoryDialog::selectRow(int row)
{
    m_list->selectRow(row);
}

QString HistoryDialog::previewText() const
{
    return m_preview->toPlainText();
}

QList<qint64> HistoryDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows(0)) {
        ids.append(index.data(kIdRole).toLongLong());
    }
    return ids;
}

void HistoryDialog::showSelected()
{
    const QList<qint64> ids = selectedIds();
    m_copy->setEnabled(ids.size() == 1);
    m_reopen->setEnabled(ids.size() == 1);
    m_rerun->setEnabled(ids.size() == 1);
    m_saveAs->setEnabled(ids.size() == 1);
    m_delete->setEnabled(!ids.isEmpty());
    m_export->setEnabled(!ids.isEmpty());
    m_showSent->setEnabled(ids.size() == 1);
    if (ids.size() != 1) {
        m_preview->setPlainText(ids.isEmpty() ? tr("Choose an entry to see it here.")
                                              : tr("%n entries chosen.", nullptr, int(ids.size())));
        return;
    }
    const Result<HistoryPreview> preview = m_history.open(ids.first());
    if (!preview) {
        m_preview->setPlainText(
            tr("This entry could not be read: %1").arg(preview.error().message));
        return;
    }
    const bool sent = m_showSent->isChecked();
    const QString input = sent ? preview->sentPrompt : preview->input;
    const QString output = sent ? preview->storedOutput : preview->output;
    m_preview->setPlainText((sent ? tr("Sent to the provider:") : tr("Input:")) +
                            QStringLiteral("\n") + input + QStringLiteral("\n\n") + tr("Result:") +
                            QStringLiteral("\n") + output);
}

std::optional<HistoryPreview> HistoryDialog::openSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return std::nullopt;
    }
    Result<HistoryPreview> preview = m_history.open(ids.first());
    if (!preview) {
        showProblem(tr("This entry could not be read: %1").arg(preview.error().message));
        return std::nullopt;
    }
    return std::move(preview).value();
}

void HistoryDialog::reopenSelected()
{
    if (const std::optional<HistoryPreview> entry = openSelected()) {
        Q_EMIT reopenRequested(*entry);
        accept();
    }
}

void HistoryDialog::rerunSelected()
{
    if (const std::optional<HistoryPreview> entry = openSelected()) {
        Q_EMIT rerunRequested(*entry);
        accept();
    }
}

bool HistoryDialog::saveSelectedAs(const QString &path)
{
    const std::optional<HistoryPreview> entry = openSelected();
    if (!entry) {
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = entry->output.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showProblem(
            tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showProblem({});
    return true;
}

bool HistoryDialog::exportSelected(const QString &path, bool restoreOriginals)
{
    const auto format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                            ? HistoryBrowser::ExportFormat::Json
                            : HistoryBrowser::ExportFormat::Markdown;
    const Result<QByteArray> bytes =
        m_history.exportEntries(selectedIds(), format, restoreOriginals);
    if (!bytes) {
        showProblem(tr("The entries could not be exported: %1").arg(bytes.error().message));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
        !file.commit()) {
        showProblem(
            tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showProblem({});
    return true;
}

void HistoryDialog::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() ||
        !m_confirm(tr("Delete %n entries from your history? This cannot be undone.", nullptr,
                      int(ids.size())))) {
        return;
    }
    if (Result<void> removed = m_history.remove(ids); !removed) {
        showProblem(tr("The entries could not be deleted: %1").arg(removed.error().message));
        return;
    }
    reload();
}

void HistoryDialog::eraseAll()
{
    if (!m_confirm(tr("Erase your whole history? Every entry and its originals are removed from "
                      "this computer; this cannot be undone."))) {
        return;
    }
    if (Result<int> erased = m_history.eraseAll(); !erased) {
        showProblem(tr("The history could not be erased: %1").arg(erased.error().message));
        return;
    }
    reload();
}

} // namespace promptdesk
