#pragma once

#include "templates/extraction_table.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace promptdesk {

// An extraction result as an editable table (one column per schema property), with export to
// CSV, XLSX and JSON and "Copy as Markdown table". Edits stay in the table; exports write what
// is shown. The export formats themselves live in services (ExtractionTable).
class ExtractionTableView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionTableView)
public:
    explicit ExtractionTableView(QWidget *parent = nullptr);

    void setTable(const ExtractionTable &table, const QStringList &problems = {});
    ExtractionTable table() const; // with the user's edits

    // Writes by the path's suffix (.csv, .xlsx, .json, .md; anything else CSV). Shows
    // nothing; returns the result.
    Result<void> exportTo(const QString &path) const;
    void copyAsMarkdown() const;

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void chooseFileAndExport(const QString &suffix, const QString &filter);

    QTableWidget *m_grid = nullptr;
    QLabel *m_problems = nullptr;
    QStringList m_columns;
};

} // namespace promptdesk
