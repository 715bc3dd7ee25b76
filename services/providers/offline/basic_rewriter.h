#pragma once

#include <QString>
#include <optional>

namespace promptdesk {

enum class RewriteStyle { CleanUp, Formal, Bullets, Prose, SentenceCase };

// "clean-up" | "formal" | "bullets" | "prose" | "sentence-case" (the rewrite template's
// `style` option); nullopt for anything else.
std::optional<RewriteStyle> rewriteStyleFromString(const QString &value);

// Rule-based rewriting for the offline engine. It changes form only, never facts, and keeps
// placeholders such as [EMAIL_1] verbatim:
// - CleanUp: collapses runs of spaces, removes spaces before , . ; : ! ? and adds one after
//   them where a word follows, capitalises sentence starts, removes trailing whitespace and
//   duplicate blank lines;
// - Formal: CleanUp plus expansion of common English contractions (don't -> do not);
// - Bullets: one Markdown bullet ("- ") per sentence; headings stay headings;
// - Prose: list items become sentences (capitalised, ending with punctuation) joined into one
//   paragraph per list;
// - SentenceCase: ALL-CAPS and Title-Case lines become sentence case, keeping placeholders
//   and acronyms (up to four letters) as they are.
// The output is the rewritten text alone. Stateless and thread-safe.
class BasicRewriter final {
public:
    QString rewrite(const QString &text, RewriteStyle style) const;

    QString cleanUp(const QString &text) const;
    QString formal(const QString &text) const;
    QString bullets(const QString &text) const;
    QString prose(const QString &text) const;
    QString sentenceCase(const QString &text) const;
};

} // namespace promptdesk
