#include "redaction/compiled_pattern.h"

#include "redaction/char_range_scan.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace promptdesk {

namespace {

// A JIT stack per thread, larger than PCRE2's 32 KB default (QRegularExpression does the
// same), so that no search stops at the stack limit.
struct ThreadMatchContext {
    ThreadMatchContext()
        : context(pcre2_match_context_create(nullptr))
        , stack(pcre2_jit_stack_create(32 * 1024, 512 * 1024, nullptr))
    {
        pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadMatchContext()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
    }
    Q_DISABLE_COPY_MOVE(ThreadMatchContext)

    pcre2_match_context *context;
    pcre2_jit_stack *stack;
};

pcre2_match_context *threadMatchContext()
{
    thread_local ThreadMatchContext local;
    return local.context;
}

} // namespace

void CompiledPattern::CodeDeleter::operator()(pcre2_real_code_16 *code) const
{
    pcre2_code_free(code);
}

CompiledPattern::CompiledPattern(const QString &pattern, QRegularExpression::PatternOptions options)
    : m_pattern(pattern)
{
    // Only the options the detectors use; anything else would change the meaning silently.
    Q_ASSERT((options &
              ~QRegularExpression::PatternOptions(QRegularExpression::CaseInsensitiveOption)) == 0);
    uint32_t flags = PCRE2_UTF;
    if (options & QRegularExpression::CaseInsensitiveOption) {
        flags |= PCRE2_CASELESS;
    }
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                      flags, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message / sizeof *message);
        m_error = QString::fromUtf16(reinterpret_cast<const char16_t *>(message)) +
                  QStringLiteral(" at offset %1").arg(errorOffset);
        return;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // without JIT (unsupported CPU) it interprets
    m_code.reset(code);
}

CompiledPattern::CompiledPattern(CompiledPattern &&) noexcept = default;
CompiledPattern &CompiledPattern::operator=(CompiledPattern &&) noexcept = default;
CompiledPattern::~CompiledPattern() = default;

CompiledPattern::Scratch::Scratch(const CompiledPattern &pattern)
    : m_data(pattern.m_code ? pcre2_match_data_create_from_pattern(pattern.m_code.get(), nullptr)
                            : nullptr)
{
}

CompiledPattern::Scratch::~Scratch()
{
    pcre2_match_data_free(m_data);
}

CompiledPattern::Utf16Checked CompiledPattern::checkUtf16(QStringView text)
{
    const bool noSurrogate =
        findCharInRange(text.utf16(), 0, text.size(), 0xD800, 0xDFFF) == text.size();
    return noSurrogate || text.isValidUtf16() ? Utf16Checked::Yes : Utf16Checked::No;
}

void CompiledPattern::findAll(QStringView subject, int group, Scratch &scratch, QList<Range> &found,
                              Utf16Checked checked) const
{
    if (!m_code || !scratch.m_data || group < 0 ||
        uint32_t(group) >= pcre2_get_ovector_count(scratch.m_data)) {
        return;
    }
    const auto text = reinterpret_cast<PCRE2_SPTR>(subject.utf16());
    const auto length = PCRE2_SIZE(subject.size());
    pcre2_match_context *context = threadMatchContext();
    // The first search checks the text is valid UTF-16; the rest search the same text.
    uint32_t options = checked == Utf16Checked::Yes ? PCRE2_NO_UTF_CHECK : 0;
    PCRE2_SIZE offset = 0;
    while (offset <= length) {
        const int rc =
            pcre2_match(m_code.get(), text, length, offset, options, scratch.m_data, context);
        if (rc < 0) {
            return; // no (further) match, or text that is not UTF-16
        }
        options = PCRE2_NO_UTF_CHECK;
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(scratch.m_data);
        const PCRE2_SIZE start = ovector[2 * group];
        const PCRE2_SIZE end = ovector[2 * group + 1];
        if (rc > group && start != PCRE2_UNSET && end > start) {
            found.append(Range{qsizetype(start), qsizetype(end)});
        }
        // The detectors' patterns never match empty text; should one, step over a character.
        offset = ovector[1] > ovector[0] ? ovector[1] : ovector[0] + 1;
        if (ovector[1] == ovector[0] && offset < length && QChar::isLowSurrogate(text[offset])) {
            ++offset;
        }
    }
}

} // namespace promptdesk
