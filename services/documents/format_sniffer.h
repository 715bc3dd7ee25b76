#pragma once

#include <QByteArrayView>
#include <QString>

namespace promptdesk {

// What an input is, decided from its first bytes and its file name. Content wins over the
// extension: a PNG renamed to .txt is still an image.
enum class SniffedFormat {
    PlainText,
    Markdown,
    Pdf,
    ZipContainer, // DOCX, XLSX, PPTX, ODT, ... (all ZIP files underneath)
    OleCompound,  // legacy Office (DOC, XLS, PPT) and Outlook MSG
    Rtf,
    Image,
    Executable,
    Binary,
};

struct SniffResult {
    SniffedFormat format = SniffedFormat::Binary;
    // For text: the Document::format id ("text", "markdown"). For the rest: a phrase a user
    // reads in "“x” is <description>", e.g. "a PDF document", "a PNG image".
    QString name;

    bool isText() const
    {
        return format == SniffedFormat::PlainText || format == SniffedFormat::Markdown;
    }
};

class FormatSniffer final {
public:
    // How many leading bytes sniff() looks at; callers may pass the whole file.
    static constexpr qsizetype SampleSize = 8 * 1024;

    static SniffResult sniff(QByteArrayView head, const QString &fileName);

    // True when the sample reads as binary: NUL bytes that are not UTF-16/32 text, or many
    // control characters.
    static bool looksBinary(QByteArrayView head);
};

} // namespace promptdesk
