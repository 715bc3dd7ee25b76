#include "extraction_table_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace promptdesk {

ExtractionTableView::ExtractionTableView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("extractionTableView"));
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("extractionGrid"));
    m_grid->setAccessibleName(tr("Extracted data"));
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("extractionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &name, const QString &text, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    add(QStringLiteral("exportCsv"), tr("Export CSV…"),
        [this] { chooseFileAndExport(QStringLiteral("csv"), tr("CSV files (*.csv)")); });
    add(QStringLiteral("exportXlsx"), tr("Export Excel…"),
        [this] { chooseFileAndExport(QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)")); });
    add(QStringLiteral("exportJson"), tr("Export JSON…"),
        [this] { chooseFileAndExport(QStringLiteral("json"), tr("JSON files (*.json)")); });
    add(QStringLiteral("copyMarkdown"), tr("Copy as Markdown table"), [this] { copyAsMarkdown(); });
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_grid, 1);
    layout->addLayout(buttons);
}

void ExtractionTableView::setTable(const ExtractionTable &table, const QStringList &problems)
{
    m_columns = table.columns;
    m_grid->clear();
    m_grid->setColumnCount(static_cast<int>(table.columns.size()));
    m_grid->setRowCount(static_cast<int>(table.rows.size()));
    m_grid->setHorizontalHeaderLabels(table.headers);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            m_grid->setItem(r, c, new QTableWidgetItem(table.rows.at(r).value(c)));
        }
    }
    m_grid->resizeColumnsToContents();
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("The answer did not fully match the table: %1")
                                                 .arg(problems.join(QStringLiteral("; "))));
}

ExtractionTable ExtractionTableView::table() const
{
    ExtractionTable table;
    table.columns = m_columns;
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        const QTableWidgetItem *header = m_grid->horizontalHeaderItem(c);
        table.headers.append(header ? header->text() : m_columns.value(c));
    }
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            const QTableWidgetItem *item = m_grid->item(r, c);
            row.append(item ? item->text() : QString());
        }
        table.rows.append(row);
    }
    return table;
}

Result<void> ExtractionTableView::exportTo(const QString &path) const
{
    // The file name's suffix decides; a name without a known one gets CSV.
    return table().write(path, tableFileFormatFor(path).value_or(TableFileFormat::Csv));
}

void ExtractionTableView::copyAsMarkdown() const
{
    QApplication::clipboard()->setText(table().toMarkdown());
}

void ExtractionTableView::chooseFileAndExport(const QString &suffix, const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the table"), tr("extraction") + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    const Result<void> written = exportTo(path);
    if (written) {
        Q_EMIT exported(path);
    } else {
        Q_EMIT exportFailed(written.error().message);
    }
}

} // namespace promptdesk
