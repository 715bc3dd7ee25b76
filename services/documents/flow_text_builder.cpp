#include "documents/flow_text_builder.h"

namespace promptdesk {

namespace {
// Spreadsheets may claim a million repeated columns or rows; nobody reads those.
constexpr int kMaxRepeat = 256;
} // namespace

QString &FlowTextBuilder::target()
{
    return m_rows.isEmpty() ? m_pages.last() : m_rows.last().cell;
}

void FlowTextBuilder::text(QStringView text)
{
    target().append(text);
    m_size += text.size();
}

void FlowTextBuilder::spaces(int count)
{
    const int n = qBound(1, count, kMaxRepeat);
    target().append(QString(n, QLatin1Char(' ')));
    m_size += n;
}

void FlowTextBuilder::endParagraph()
{
    QString &out = target();
    if (m_rows.isEmpty()) {
        out.append(QLatin1Char('\n'));
    } else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))) {
        out.append(QLatin1Char(' '));
    }
    ++m_size;
}

void FlowTextBuilder::ensureLineStart()
{
    if (!m_rows.isEmpty()) {
        endParagraph();
        return;
    }
    QString &out = target();
    if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n'))) {
        out.append(QLatin1Char('\n'));
        ++m_size;
    }
}

void FlowTextBuilder::ensureBlankLine()
{
    ensureLineStart();
    QString &out = target();
    if (m_rows.isEmpty() && !out.isEmpty() && !out.endsWith(QStringLiteral("\n\n"))) {
        out.append(QLatin1Char('\n'));
        ++m_size;
    }
}

void FlowTextBuilder::startRow()
{
    m_rows.append(Row{});
}

void FlowTextBuilder::endCell(int repeat)
{
    if (m_rows.isEmpty()) {
        return;
    }
    Row &row = m_rows.last();
    const QString cell = row.cell.simplified();
    row.cell.clear();
    repeat = qBound(1, repeat, kMaxRepeat);
    if (cell.isEmpty()) {
        row.pendingEmpty = qMin(row.pendingEmpty + repeat, kMaxRepeat);
        return;
    }
    for (int i = 0; i < row.pendingEmpty; ++i) {
        row.cells.append(QString());
    }
    row.pendingEmpty = 0;
    for (int i = 0; i < repeat; ++i) {
        row.cells.append(cell);
    }
}

void FlowTextBuilder::endRow(int repeat)
{
    if (m_rows.isEmpty()) {
        return;
    }
    if (!m_rows.last().cell.trimmed().isEmpty()) {
        endCell(); // text after the last cell (malformed, but keep it)
    }
    const Row row = m_rows.takeLast();
    if (row.cells.isEmpty()) {
        return;
    }
    const QString line = row.cells.join(QLatin1Char('\t'));
    repeat = qBound(1, repeat, kMaxRepeat);
    QString &out = target();
    for (int i = 0; i < repeat; ++i) {
        if (m_rows.isEmpty()) {
            out.append(line + QLatin1Char('\n'));
        } else {
            out.append(line + QLatin1Char(' ')); // a nested table flows into its cell
        }
        m_size += line.size() + 1;
    }
}

void FlowTextBuilder::pageBreak()
{
    if (!m_rows.isEmpty()) {
        return; // a break inside a table cell: keep the row together
    }
    m_pages.append(QString());
}

QStringList FlowTextBuilder::pages() const
{
    QStringList pages;
    pages.reserve(m_pages.size());
    for (const QString &page : m_pages) {
        pages.append(tidyText(page));
    }
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

QString tidyText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    int blankRun = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        QStringView line = QStringView(text).sliced(start, end - start);
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            ++blankRun;
        } else {
            if (!out.isEmpty()) {
                out.append(blankRun > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            }
            out.append(line);
            blankRun = 0;
        }
        start = end + 1;
    }
    return out;
}

} // namespace promptdesk
