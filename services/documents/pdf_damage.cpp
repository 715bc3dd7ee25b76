#include "documents/pdf_damage.h"
#include "documents/pdf_syntax.h"

namespace promptdesk {

namespace {

using pdfsyntax::isDigit;
using pdfsyntax::isSpace;

// The end of an unsigned number of at most `maxDigits` digits starting at `at`, or -1.
qsizetype numberEnd(QByteArrayView bytes, qsizetype at, int maxDigits = 10)
{
    qsizetype i = at;
    while (i < bytes.size() && isDigit(bytes[i]) && i - at < maxDigits) {
        ++i;
    }
    return i > at && (i == bytes.size() || !isDigit(bytes[i])) ? i : -1;
}

qsizetype skipSpaces(QByteArrayView bytes, qsizetype at)
{
    while (at < bytes.size() && isSpace(bytes[at])) {
        ++at;
    }
    return at;
}

// A cross-reference table ("xref") or an "N G obj" header (a cross-reference stream) at `at`.
bool crossReferenceAt(QByteArrayView bytes, qsizetype at)
{
    if (bytes.sliced(at).startsWith("xref")) {
        return true;
    }
    const qsizetype number = numberEnd(bytes, at);
    if (number < 0) {
        return false;
    }
    const qsizetype generation = numberEnd(bytes, skipSpaces(bytes, number), 5);
    if (generation < 0 || generation == number) {
        return false;
    }
    return bytes.sliced(skipSpaces(bytes, generation)).startsWith("obj");
}

} // namespace

bool pdfHeaderWithoutDash(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 1024));
    if (head.indexOf("%PDF-") >= 0) {
        return false;
    }
    const qsizetype at = head.indexOf("%PDF");
    return at >= 0 && at + 4 < head.size() && isDigit(head[at + 4]);
}

PdfEnding pdfEnding(QByteArrayView bytes)
{
    const QByteArrayView tail = bytes.sliced(bytes.size() - qMin<qsizetype>(bytes.size(), 16384));
    if (tail.contains("%%EOF")) {
        return PdfEnding::Intact;
    }
    const qsizetype keyword = tail.lastIndexOf("startxref");
    if (keyword < 0) {
        return PdfEnding::CutOff;
    }
    const qsizetype start = skipSpaces(tail, keyword + 9);
    const qsizetype end = numberEnd(tail, start);
    // Nothing but white space may follow the number: more bytes mean the file went on and
    // lost its end.
    if (end < 0 || skipSpaces(tail, end) != tail.size()) {
        return PdfEnding::CutOff;
    }
    bool ok = false;
    const qint64 offset = tail.sliced(start, end - start).toByteArray().toLongLong(&ok);
    if (!ok || offset >= bytes.size() || !crossReferenceAt(bytes, qsizetype(offset))) {
        return PdfEnding::CutOff;
    }
    return PdfEnding::MarkerMissing;
}

} // namespace promptdesk
