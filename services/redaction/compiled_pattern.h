#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <memory>

struct pcre2_real_code_16;
struct pcre2_real_match_data_16;

namespace promptdesk {

// A regular expression compiled once by PCRE2 (JIT) and matched straight on UTF-16 text.
// The pattern detectors search short windows of text hundreds of thousands of times per
// megabyte; QRegularExpression sets up a match object, its captures and new PCRE2 match data
// on every call, which cost as much as the search itself. Same syntax and options as
// QRegularExpression (which uses the same PCRE2): UTF mode, optionally caseless.
class CompiledPattern final {
public:
    struct Range {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // Space for the matches of one pass: one per thread, reused across calls.
    class Scratch final {
    public:
        explicit Scratch(const CompiledPattern &pattern);
        ~Scratch();
        Q_DISABLE_COPY_MOVE(Scratch)

    private:
        friend class CompiledPattern;
        pcre2_real_match_data_16 *m_data = nullptr;
    };

    explicit CompiledPattern(const QString &pattern,
                             QRegularExpression::PatternOptions options = {});
    CompiledPattern(CompiledPattern &&) noexcept;
    CompiledPattern &operator=(CompiledPattern &&) noexcept;
    ~CompiledPattern();

    bool isValid() const { return m_code != nullptr; }
    QString errorString() const { return m_error; }
    QString pattern() const { return m_pattern; }

    // Appends to `found` the span of capture group `group` of every match in `subject`, left
    // to right, each search starting where the previous match ended (as
    // QRegularExpression::globalMatch does). A match without the group, or with it empty, adds
    // nothing. Text that is not valid UTF-16 (a lone surrogate) ends the search, as it makes
    // QRegularExpression fail. `Utf16Checked::Yes` skips that check, for a caller that has
    // checked the whole text once (QStringView::isValidUtf16) before searching many windows.
    enum class Utf16Checked { No, Yes };
    // Yes when `text` is valid UTF-16; fast for text without surrogates (nearly all).
    static Utf16Checked checkUtf16(QStringView text);
    void findAll(QStringView subject, int group, Scratch &scratch, QList<Range> &found,
                 Utf16Checked checked = Utf16Checked::No) const;

private:
    struct CodeDeleter {
        void operator()(pcre2_real_code_16 *code) const;
    };
    std::unique_ptr<pcre2_real_code_16, CodeDeleter> m_code;
    QString m_pattern;
    QString m_error;
};

} // namespace promptdesk
