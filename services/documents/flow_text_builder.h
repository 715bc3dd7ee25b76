#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace promptdesk {

// Collects the text of a flowing document (Word, OpenDocument, spreadsheets) as plain text:
// paragraphs end in a newline, table rows become one line with cells separated by tabs
// (nested tables are flattened into their cell), and page breaks start a new page.
class FlowTextBuilder final {
public:
    void text(QStringView text);
    void tab() { text(u"\t"); }
    void lineBreak() { text(u"\n"); }
    void spaces(int count);
    void endParagraph();
    // For markup where blocks nest (HTML): start a new line / leave an empty line, unless the
    // text already ends that way.
    void ensureLineStart();
    void ensureBlankLine();
    void startRow();
    // `repeat` > 1 for spreadsheet cells that stand for several identical columns; runs of
    // empty cells are kept only when a filled cell follows, and both are capped.
    void endCell(int repeat = 1);
    void endRow(int repeat = 1);
    void pageBreak();

    // Pages so far, trailing blank pages removed, each trimmed of trailing blank lines.
    QStringList pages() const;
    qsizetype size() const { return m_size; }

private:
    QString &target();

    struct Row {
        QStringList cells;
        QString cell;
        int pendingEmpty = 0;
    };
    QList<Row> m_rows; // stack: nested tables
    QStringList m_pages{QString()};
    qsizetype m_size = 0;
};

// Collapses runs of blank lines to one and trims trailing spaces on each line.
QString tidyText(const QString &text);

} // namespace promptdesk
