#include "documents/html_extractor.h"

#include "documents/flow_text_builder.h"
#include "documents/text_decoder.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <mutex>

namespace promptdesk {

namespace {

struct DocDeleter {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

bool isAny(const char *name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (qstricmp(name, n) == 0) {
            return true;
        }
    }
    return false;
}

class HtmlWalker final {
public:
    explicit HtmlWalker(ExtractionContext &context)
        : m_context(context)
    {
    }

    std::optional<Error> walk(xmlNode *node, int depth)
    {
        for (xmlNode *n = node; n; n = n->next) {
            if (++m_visited % 4096 == 0) {
                if (auto stop = m_context.interrupted()) {
                    return stop;
                }
            }
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                text(reinterpret_cast<const char *>(n->content));
                continue;
            }
            if (n->type != XML_ELEMENT_NODE) {
                continue;
            }
            const char *name = reinterpret_cast<const char *>(n->name);
            if (isAny(name, {"script", "style", "noscript", "template", "head", "svg", "math",
                             "iframe", "object", "embed", "canvas", "select"})) {
                if (qstricmp(name, "head") == 0) {
                    title(n);
                }
                continue;
            }
            if (depth > 200) {
                continue; // libxml2 caps nesting too; beyond this is not a real page
            }
            // Blocks that read as paragraphs get an empty line after them; the others (list
            // items, rows, generic containers) just start a new line.
            const bool paragraphLike =
                isAny(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul",
                             "ol", "dl", "pre", "figure", "address", "hr"});
            const bool lineLike = isAny(
                name, {"div",  "section",  "article",    "header", "footer", "main",  "aside",
                       "form", "fieldset", "figcaption", "dt",     "dd",     "li",    "center",
                       "body", "html",     "caption",    "nav",    "tbody",  "thead", "tfoot"});
            if (isAny(name, {"br"})) {
                newline();
                continue;
            }
            if (isAny(name, {"img"})) {
                // Alt text is what a screen reader says; keep it where it stands.
                if (xmlChar *alt = xmlGetProp(n, BAD_CAST "alt")) {
                    text(reinterpret_cast<const char *>(alt));
                    xmlFree(alt);
                }
                continue;
            }
            if (paragraphLike || lineLike) {
                lineStart();
            }
            if (isAny(name, {"li"})) {
                m_out.text(u"- ");
                m_space = true;
            }
            if (isAny(name, {"tr"})) {
                m_out.startRow();
            }
            if (isAny(name, {"pre"})) {
                ++m_pre;
            }
            if (auto error = walk(n->children, depth + 1)) {
                return error;
            }
            if (isAny(name, {"pre"})) {
                --m_pre;
            }
            if (isAny(name, {"td", "th"})) {
                m_out.endCell();
                m_space = true;
            } else if (isAny(name, {"tr"})) {
                m_out.endRow();
                m_space = true;
            } else if (paragraphLike) {
                m_out.ensureBlankLine();
                m_space = true;
            } else if (lineLike) {
                lineStart();
            }
            if (m_out.size() > m_context.limits.maxTextChars) {
                return tooLargeError(QStringLiteral("The page holds more text than the limit."));
            }
        }
        return std::nullopt;
    }

    QString result() const { return m_out.pages().join(QLatin1Char('\n')).trimmed(); }
    QString pageTitle;

private:
    void title(xmlNode *head)
    {
        for (xmlNode *n = head->children; n; n = n->next) {
            if (n->type == XML_ELEMENT_NODE &&
                qstricmp(reinterpret_cast<const char *>(n->name), "title") == 0) {
                xmlChar *content = xmlNodeGetContent(n);
                pageTitle = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
                xmlFree(content);
            }
        }
    }

    void text(const char *utf8)
    {
        if (!utf8) {
            return;
        }
        const QString raw = QString::fromUtf8(utf8);
        if (m_pre > 0) {
            m_out.text(raw);
            m_space = raw.endsWith(QLatin1Char('\n'));
            return;
        }
        // Collapse whitespace the way a browser does; U+00A0 (&nbsp;) counts as a space here.
        QString collapsed;
        collapsed.reserve(raw.size());
        for (const QChar c : raw) {
            if (c.isSpace()) {
                if (!m_space) {
                    collapsed.append(QLatin1Char(' '));
                    m_space = true;
                }
            } else {
                collapsed.append(c);
                m_space = false;
            }
        }
        m_out.text(collapsed);
    }
    void newline()
    {
        m_out.lineBreak();
        m_space = true;
    }
    void lineStart()
    {
        m_out.ensureLineStart();
        m_space = true;
    }

    ExtractionContext &m_context;
    FlowTextBuilder m_out;
    bool m_space = true;
    int m_pre = 0;
    qsizetype m_visited = 0;
};

} // namespace

Result<QString> HtmlExtractor::toText(const QString &html, const QString &name,
                                      ExtractionContext &context)
{
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max()) {
        return tooLargeError(QStringLiteral("%1 is too large.").arg(quotedName(name)));
    }
    // NONET: never fetch anything; NOERROR/NOWARNING: libxml2 prints nothing; RECOVER: parse
    // what browsers would. The text is handed over already decoded as UTF-8.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc) {
        return corruptError(name, QStringLiteral("is damaged and cannot be read as HTML."));
    }
    HtmlWalker walker(context);
    if (auto error = walker.walk(xmlDocGetRootElement(doc.get()), 0)) {
        return *error;
    }
    return walker.result();
}

Result<Document> HtmlExtractor::extract(const QByteArray &bytes, const QString &name,
                                        ExtractionContext &context)
{
    DecodedText decoded = TextDecoder::decode(bytes);
    // A page that declares a legacy charset and is not valid UTF-8: honour the declaration.
    if (decoded.encoding == u"windows-1252") {
        static const QRegularExpression charset(
            QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m =
            charset.match(QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 4096))));
        if (m.hasMatch()) {
            QStringDecoder declared(m.captured(1).toLatin1().constData());
            if (declared.isValid()) {
                decoded.text = TextDecoder::normaliseLineEnds(declared.decode(bytes));
                decoded.encoding = m.captured(1);
                decoded.warnings.clear();
            }
        }
    }
    Result<QString> text = toText(decoded.text, name, context);
    if (!text) {
        return text.error();
    }
    Document document;
    document.pages.append(DocumentPage{1, text.value(), {}});
    document.metadata.insert(QStringLiteral("encoding"), decoded.encoding);
    context.warnings.append(decoded.warnings);
    return document;
}

} // namespace promptdesk
