#include "documents/rtf_extractor.h"

#include "documents/flow_text_builder.h"

#include <QHash>
#include <QStringDecoder>

namespace promptdesk {

namespace {

constexpr int kMaxGroupDepth = 1000;

// \fcharsetN -> Windows code page (RTF 1.9.1 spec, \fcharset table).
int codePageForCharset(int charset)
{
    switch (charset) {
    case 128:
        return 932; // Shift-JIS
    case 129:
        return 949; // Korean
    case 134:
        return 936; // GBK
    case 136:
        return 950; // Big5
    case 161:
        return 1253; // Greek
    case 162:
        return 1254; // Turkish
    case 163:
        return 1258; // Vietnamese
    case 177:
        return 1255; // Hebrew
    case 178:
        return 1256; // Arabic
    case 186:
        return 1257; // Baltic
    case 204:
        return 1251; // Cyrillic
    case 222:
        return 874; // Thai
    case 238:
        return 1250; // Central European
    default:
        return 0; // the document's \ansicpg
    }
}

QByteArray codecName(int codePage)
{
    switch (codePage) {
    case 932:
        return "Shift_JIS";
    case 936:
        return "GBK";
    case 949:
        return "EUC-KR";
    case 950:
        return "Big5";
    case 874:
        return "windows-874";
    case 0:
        return "windows-1252";
    default:
        return "windows-" + QByteArray::number(codePage);
    }
}

bool isSkippedDestination(QByteArrayView word)
{
    static const char *const skipped[] = {
        "fonttbl",   "colortbl",     "stylesheet",    "info",
        "pict",      "object",       "themedata",     "colorschememapping",
        "datastore", "latentstyles", "listtable",     "listoverridetable",
        "rsidtbl",   "generator",    "xmlnstbl",      "mmathPr",
        "fldinst",   "bkmkstart",    "bkmkend",       "header",
        "footer",    "headerl",      "headerr",       "headerf",
        "footerl",   "footerr",      "footerf",       "filetbl",
        "revtbl",    "pgdsctbl",     "listtext",      "pntext",
        "pntxta",    "pntxtb",       "wgrffmtfilter", "fchars",
        "lchars",    "shppict",      "nonshppict",    "blipuid",
        "xe",        "tc",           "private",
    };
    for (const char *s : skipped) {
        if (word == QByteArrayView(s)) {
            return true;
        }
    }
    return false;
}

struct GroupState {
    bool skip = false;
    int ucSkip = 1;
    int codePage = 0;
    bool inFontTable = false;
};

class RtfParser final {
public:
    RtfParser(const QByteArray &bytes, ExtractionContext &context)
        : m_bytes(bytes)
        , m_context(context)
    {
    }

    std::optional<Error> parse(const QString &name)
    {
        QList<GroupState> stack{GroupState{}};
        qsizetype i = 0;
        const qsizetype n = m_bytes.size();
        int pendingSkip = 0; // fallback characters still to drop after \uN
        int fontForTable = -1;
        while (i < n) {
            if ((i & 0xFFFF) == 0) {
                if (auto stop = m_context.interrupted()) {
                    return stop;
                }
            }
            const char c = m_bytes[i];
            if (c == '{') {
                if (stack.size() >= kMaxGroupDepth) {
                    return corruptError(name, QStringLiteral("is damaged: its groups nest too "
                                                             "deeply."));
                }
                stack.append(stack.last());
                ++i;
                continue;
            }
            if (c == '}') {
                flushBytes(stack.last());
                if (stack.size() > 1) {
                    stack.removeLast();
                }
                ++i;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++i;
                continue;
            }
            GroupState &state = stack.last();
            if (c != '\\') {
                ++i;
                if (pendingSkip > 0) {
                    --pendingSkip;
                    continue;
                }
                if (!state.skip) {
                    m_pending.append(c);
                }
                continue;
            }
            // A control word or symbol.
            ++i;
            if (i >= n) {
                break;
            }
            const char s = m_bytes[i];
            if (!std::isalpha(static_cast<unsigned char>(s))) {
                ++i;
                if (s == '\'') {
                    if (i + 1 < n) {
                        bool ok = false;
                        const int byte = QByteArray(m_bytes.constData() + i, 2).toInt(&ok, 16);
                        i += 2;
                        if (pendingSkip > 0) {
                            --pendingSkip;
                        } else if (ok && !state.skip) {
                            m_pending.append(char(byte));
                        }
                    }
                } else if (s == '*') {
                    state.skip = true; // unknown destinations are optional: drop them
                } else if (!state.skip) {
                    if (pendingSkip > 0) {
                        --pendingSkip;
                        continue;
                    }
                    flushBytes(state);
                    if (s == '\\' || s == '{' || s == '}') {
                        m_out.text(QString(QLatin1Char(s)));
                    } else if (s == '~') {
                        m_out.text(u"\u00A0");
                    } else if (s == '_') {
                        m_out.text(u"\u2011");
                    } else if (s == '\n' || s == '\r') {
                        m_out.endParagraph();
                    }
                }
                continue;
            }
            const qsizetype start = i;
            while (i < n && std::isalpha(static_cast<unsigned char>(m_bytes[i])) &&
                   i - start < 32) {
                ++i;
            }
            const QByteArrayView word(m_bytes.constData() + start, i - start);
            bool hasParam = false;
            long long param = 0;
            const qsizetype paramStart = i;
            if (i < n &&
                (m_bytes[i] == '-' || std::isdigit(static_cast<unsigned char>(m_bytes[i])))) {
                ++i;
                while (i < n && std::isdigit(static_cast<unsigned char>(m_bytes[i])) &&
                       i - paramStart < 12) {
                    ++i;
                }
                param = QByteArrayView(m_bytes.constData() + paramStart, i - paramStart)
                            .toLongLong(&hasParam);
            }
            if (i < n && m_bytes[i] == ' ') {
                ++i; // the delimiter space belongs to the control word
            }
            const int p = int(qBound(-1000000LL, param, 1000000LL));
            if (word == "fonttbl") {
                state.inFontTable = true;
                state.skip = true;
            } else if (state.inFontTable) {
                if (word == "f" && hasParam) {
                    fontForTable = p;
                } else if (word == "fcharset" && hasParam && fontForTable >= 0) {
                    m_fontCodePage.insert(fontForTable, codePageForCharset(p));
                }
                continue;
            } else if (word == "ansicpg" && hasParam) {
                m_defaultCodePage = p;
            } else if (word == "uc" && hasParam) {
                state.ucSkip = qBound(0, p, 8);
            } else if (word == "u" && hasParam) {
                if (!state.skip) {
                    flushBytes(state);
                    const char16_t unit = char16_t(p < 0 ? p + 65536 : p);
                    m_out.text(QStringView(&unit, 1));
                }
                pendingSkip = state.ucSkip;
                continue;
            } else if (word == "f" && hasParam) {
                flushBytes(state);
                state.codePage = m_fontCodePage.value(p, 0);
            } else if (isSkippedDestination(word)) {
                state.skip = true;
            } else if (!state.skip) {
                handleWord(word, state);
            }
            pendingSkip = 0;
        }
        flushBytes(stack.last());
        return std::nullopt;
    }

    FlowTextBuilder &output() { return m_out; }

private:
    void handleWord(QByteArrayView word, GroupState &state)
    {
        static const QHash<QByteArray, QString> symbols{
            {"emdash", QStringLiteral("\u2014")},    {"endash", QStringLiteral("\u2013")},
            {"lquote", QStringLiteral("\u2018")},    {"rquote", QStringLiteral("\u2019")},
            {"ldblquote", QStringLiteral("\u201C")}, {"rdblquote", QStringLiteral("\u201D")},
            {"bullet", QStringLiteral("\u2022")},    {"emspace", QStringLiteral(" ")},
            {"enspace", QStringLiteral(" ")},        {"qmspace", QStringLiteral(" ")},
        };
        if (word == "par" || word == "sect" || word == "page") {
            flushBytes(state);
            m_out.endParagraph();
        } else if (word == "line") {
            flushBytes(state);
            m_out.lineBreak();
        } else if (word == "tab" || word == "cell") {
            flushBytes(state);
            m_out.tab();
        } else if (word == "row") {
            flushBytes(state);
            m_out.endParagraph();
        } else if (const auto it = symbols.constFind(word.toByteArray());
                   it != symbols.constEnd()) {
            flushBytes(state);
            m_out.text(*it);
        }
    }

    void flushBytes(const GroupState &state)
    {
        if (m_pending.isEmpty()) {
            return;
        }
        const int codePage = state.codePage != 0 ? state.codePage : m_defaultCodePage;
        QStringDecoder decoder(codecName(codePage).constData());
        if (!decoder.isValid()) {
            decoder = QStringDecoder(QStringConverter::Latin1);
        }
        const QString decoded = decoder.decode(m_pending);
        m_out.text(decoded);
        m_pending.clear();
    }

    const QByteArray &m_bytes;
    ExtractionContext &m_context;
    FlowTextBuilder m_out;
    QByteArray m_pending; // bytes in the current code page, decoded together (double-byte)
    QHash<int, int> m_fontCodePage;
    int m_defaultCodePage = 1252;
};

} // namespace

Result<Document> RtfExtractor::extract(const QByteArray &bytes, const QString &name,
                                       ExtractionContext &context)
{
    RtfParser parser(bytes, context);
    if (auto error = parser.parse(name)) {
        return *error;
    }
    if (auto error = textLimitError(parser.output().size(), name, context)) {
        return *error;
    }
    Document document;
    document.pages.append(DocumentPage{1, parser.output().pages().join(QLatin1Char('\n')), {}});
    return document;
}

} // namespace promptdesk
