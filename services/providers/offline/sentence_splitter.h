#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace promptdesk {

// One sentence of a text, as a half-open range of UTF-16 indices into that text. The range is
// trimmed of surrounding whitespace and excludes list markers ("- ", "1. ") and Markdown
// heading marks ("## "), so text.mid(start, length) is the sentence verbatim.
struct SentenceSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    int block = 0;               // index of the paragraph, list item or heading it belongs to
    bool blockStart = false;     // first sentence of its block
    bool listItem = false;       // the block is a bullet or numbered list item
    bool heading = false;        // the block is a Markdown heading
    bool preformatted = false;   // a line of fenced code or a table row, taken as a whole
    bool paragraphStart = false; // the block follows a blank line (or starts the text)

    qsizetype end() const { return start + length; }
};

// Splits text into sentences for the offline engine. Rule-based, language-aware for
// en/de/fr/es/nl/it:
// - a period ends a sentence only when followed by whitespace and not preceded by a known
//   abbreviation (Mr., z.B., p.ex., etc.), an initial ("J. Smith"), an ordinal before a month
//   ("5. November") or (see Casing) followed by a lower-case word; decimals (3.5) never split;
// - ! ? … always end a sentence (closing quotes and brackets stay with it);
// - blank lines, list items and headings are always boundaries; a single line break is one
//   too, unless the text is visibly hard-wrapped (the next line continues in lower case, or
//   the line is long and lacks final punctuation);
// - placeholders such as [PERSON_1] are never split;
// - lines of fenced code (```) and Markdown table rows are one preformatted "sentence" each.
// Linear in the length of the text.
class SentenceSplitter final {
public:
    // How much to trust capitalisation. Edited text (the default) starts sentences with a
    // capital, so "approx. five" is one sentence. Rough notes ("call bob. send memo.") do not:
    // with IgnoreCase a period followed by a lower-case word still ends the sentence unless an
    // abbreviation list says otherwise (the rewriter uses this to capitalise sentence starts).
    enum class Casing { Trust, Ignore };

    explicit SentenceSplitter(Casing casing = Casing::Trust)
        : m_casing(casing)
    {
    }

    QList<SentenceSpan> split(QStringView text) const;

    // Convenience: the sentences as strings.
    QStringList sentences(QStringView text) const;

    // Length of the list marker ("- ", "* ", "• ", "1. ", "a) ") at the start of `line`,
    // including following spaces, or 0. Leading indentation is not part of `line`.
    static qsizetype listMarkerLength(QStringView line);

    // Length of a Markdown heading mark ("# ", "### ") at the start of `line`, or 0.
    static qsizetype headingMarkerLength(QStringView line);

    // True for a redaction placeholder such as "[EMAIL_1]" or "[CREDIT_CARD_12]" starting at
    // `pos`; `length` receives its length.
    static bool placeholderAt(QStringView text, qsizetype pos, qsizetype *length = nullptr);

private:
    Casing m_casing = Casing::Trust;
};

} // namespace promptdesk
