#include "documents/eml_extractor.h"

#include "core/logging.h"
#include "documents/document_extractor.h"
#include "documents/html_extractor.h"
#include "documents/text_decoder.h"

#include <QRegularExpression>

#include <gmime/gmime.h>

#include <mutex>

namespace promptdesk {

namespace {

template<typename T> struct GObjectPtr {
    explicit GObjectPtr(T *p = nullptr)
        : ptr(p)
    {
    }
    ~GObjectPtr()
    {
        if (ptr) {
            g_object_unref(ptr);
        }
    }
    GObjectPtr(const GObjectPtr &) = delete;
    GObjectPtr &operator=(const GObjectPtr &) = delete;
    T *ptr;
};

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString addresses(InternetAddressList *list)
{
    if (!list || internet_address_list_length(list) == 0) {
        return {};
    }
    char *text = internet_address_list_to_string(list, nullptr, FALSE);
    const QString result = fromUtf8(text);
    g_free(text);
    return result;
}

bool isType(GMimeObject *object, const char *type, const char *subtype)
{
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

QByteArray partBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content) {
        return {};
    }
    GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, mem.ptr) < 0) {
        return {};
    }
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.ptr));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

class MailWalker final {
public:
    MailWalker(ExtractionContext &context, const QString &name)
        : m_context(context)
        , m_name(name)
    {
    }

    QList<DocumentPage> pages;
    QStringList attachmentNames;

    std::optional<Error> message(GMimeMessage *message, const QString &label)
    {
        QString head;
        const auto line = [&head](const QString &key, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                head += key + QStringLiteral(": ") + value.simplified() + QLatin1Char('\n');
            }
        };
        line(QStringLiteral("Subject"), fromUtf8(g_mime_message_get_subject(message)));
        line(QStringLiteral("From"), addresses(g_mime_message_get_from(message)));
        line(QStringLiteral("To"), addresses(g_mime_message_get_to(message)));
        line(QStringLiteral("Cc"), addresses(g_mime_message_get_cc(message)));
        if (GDateTime *date = g_mime_message_get_date(message)) {
            gchar *iso = g_date_time_format_iso8601(date);
            line(QStringLiteral("Date"), fromUtf8(iso));
            g_free(iso);
        }
        const qsizetype index = pages.size();
        pages.append(DocumentPage{0, QString(), label});
        QString body;
        const qsizetype firstAttachment = attachmentNames.size();
        if (GMimeObject *root = g_mime_message_get_mime_part(message)) {
            if (auto error = part(root, body, 0)) {
                return error;
            }
        }
        QString text = head;
        const QStringList mine = attachmentNames.mid(firstAttachment);
        if (!mine.isEmpty()) {
            text += QStringLiteral("Attachments: ") + mine.join(QStringLiteral(", ")) +
                    QLatin1Char('\n');
        }
        text += QLatin1Char('\n') + body.trimmed();
        pages[index].text = text.trimmed();
        return std::nullopt;
    }

private:
    std::optional<Error> part(GMimeObject *object, QString &body, int mimeDepth)
    {
        if (auto stop = m_context.interrupted()) {
            return stop;
        }
        if (mimeDepth > 64) {
            return tooLargeError(QStringLiteral("%1 has parts nested more deeply than Promptdesk "
                                                "reads.")
                                     .arg(quotedName(m_name)));
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!inner) {
                return std::nullopt;
            }
            const QString subject = fromUtf8(g_mime_message_get_subject(inner)).simplified();
            const QString label = subject.isEmpty() ? QStringLiteral("attached message") : subject;
            attachmentNames.append(label);
            return nested([&] { return message(inner, QStringLiteral("Attachment: ") + label); });
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            if (isType(object, "multipart", "alternative")) {
                // One body, several renderings: plain text reads best, else the richest.
                GMimeObject *chosen = nullptr;
                for (int i = 0; i < count && !chosen; ++i) {
                    GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                    if (isType(child, "text", "plain")) {
                        chosen = child;
                    }
                }
                if (!chosen && count > 0) {
                    chosen = g_mime_multipart_get_part(multipart, count - 1);
                }
                return chosen ? part(chosen, body, mimeDepth + 1) : std::nullopt;
            }
            for (int i = 0; i < count; ++i) {
                if (auto error =
                        part(g_mime_multipart_get_part(multipart, i), body, mimeDepth + 1)) {
                    return error;
                }
            }
            return std::nullopt;
        }
        if (!GMIME_IS_PART(object)) {
            return std::nullopt;
        }
        GMimePart *mimePart = GMIME_PART(object);
        const QString fileName = fromUtf8(g_mime_part_get_filename(mimePart));
        GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
        const bool attachment =
            (disposition && g_mime_content_disposition_is_attachment(disposition)) ||
            (!fileName.isEmpty() && !isType(object, "text", "plain") &&
             !isType(object, "text", "html"));
        if (!attachment && GMIME_IS_TEXT_PART(object) &&
            (isType(object, "text", "plain") || isType(object, "text", "html"))) {
            char *utf8 = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
            QString text = TextDecoder::normaliseLineEnds(fromUtf8(utf8));
            g_free(utf8);
            if (isType(object, "text", "html")) {
                Result<QString> plain = HtmlExtractor::toText(text, m_name, m_context);
                if (!plain) {
                    return plain.error();
                }
                text = plain.value();
            }
            if (!body.isEmpty()) {
                body += QStringLiteral("\n\n");
            }
            body += text.trimmed();
            return std::nullopt;
        }
        if (!attachment && fileName.isEmpty()) {
            return std::nullopt; // inline decoration (a logo, a signature image)
        }
        const QString shown = fileName.isEmpty() ? QStringLiteral("unnamed attachment") : fileName;
        attachmentNames.append(shown);
        return nested([&]() -> std::optional<Error> {
            Result<Document> inner =
                DocumentExtractor::extract(partBytes(mimePart), shown, m_context);
            if (!inner) {
                const ErrorKind kind = inner.error().kind;
                if (kind == ErrorKind::Cancelled || kind == ErrorKind::TooLarge) {
                    return inner.error(); // limits hold for the whole e-mail
                }
                m_context.warnings.append(QStringLiteral("The attachment %1 was not read: %2")
                                              .arg(quotedName(shown), inner.error().message));
                return std::nullopt;
            }
            for (DocumentPage page : inner->pages) {
                page.label =
                    QStringLiteral("Attachment: ") + shown +
                    (page.label.isEmpty()
                         ? (inner->pages.size() > 1 ? QStringLiteral(", page %1").arg(page.number)
                                                    : QString())
                         : QStringLiteral(", ") + page.label);
                pages.append(page);
            }
            return std::nullopt;
        });
    }

    template<typename F> std::optional<Error> nested(F &&work)
    {
        if (m_context.depth + 1 > m_context.limits.maxNestingDepth) {
            return tooLargeError(QStringLiteral("%1 has attachments nested more than %2 levels "
                                                "deep; the limit is %2.")
                                     .arg(quotedName(m_name))
                                     .arg(m_context.limits.maxNestingDepth));
        }
        ++m_context.depth;
        std::optional<Error> result = work();
        --m_context.depth;
        return result;
    }

    ExtractionContext &m_context;
    QString m_name;
};

} // namespace

bool EmlExtractor::looksLikeMail(QByteArrayView head)
{
    static const QRegularExpression header(
        QStringLiteral(
            "^(?:Received|Return-Path|From|Date|Message-ID|MIME-Version|Subject|To|Delivered-To|"
            "X-[A-Za-z0-9-]+)[ \\t]*:"),
        QRegularExpression::CaseInsensitiveOption);
    const QString start = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 4096)));
    if (!header.match(start).hasMatch()) {
        return false;
    }
    // Two or more of the headers every message has, before the first blank line.
    const QString headers =
        QLatin1Char('\n') + start.section(QStringLiteral("\n\n"), 0, 0).toLower();
    int found = 0;
    for (const char *key : {"\nfrom:", "\nsubject:", "\ndate:", "\nto:", "\nmime-version:",
                            "\nmessage-id:", "\nreceived:"}) {
        found += headers.contains(QLatin1StringView(key)) ? 1 : 0;
    }
    return found >= 2;
}

Result<Document> EmlExtractor::extract(const QByteArray &bytes, const QString &name,
                                       ExtractionContext &context)
{
    static std::once_flag init;
    std::call_once(init, [] { g_mime_init(); });

    // GMime's parser recurses once per nested multipart; bound that before handing it hostile
    // input (a real message has a handful of parts).
    const QByteArray lower = bytes.toLower();
    const qsizetype containers = lower.count("multipart/") + lower.count("message/rfc822");
    if (containers > 500) {
        return tooLargeError(QStringLiteral("%1 has more nested parts than Promptdesk reads.")
                                 .arg(quotedName(name)));
    }

    QByteArray data = bytes;
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.ptr));
    g_mime_parser_set_format(parser.ptr, GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.ptr, nullptr));
    if (!message.ptr) {
        return corruptError(name, QStringLiteral("is damaged and cannot be read as an e-mail."));
    }
    MailWalker walker(context, name);
    if (auto error = walker.message(message.ptr, QString())) {
        return *error;
    }
    Document document;
    int number = 0;
    for (DocumentPage page : std::as_const(walker.pages)) {
        page.number = ++number;
        document.pages.append(page);
    }
    document.metadata.insert(QStringLiteral("attachments"), int(walker.attachmentNames.size()));
    return document;
}

} // namespace promptdesk
