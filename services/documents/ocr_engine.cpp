#include "documents/ocr_engine.h"

#include "core/logging.h"
#include "documents/text_decoder.h"

#include <QRegularExpression>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <memory>
#include <mutex>
#include <omp.h>

namespace promptdesk {

namespace {

struct PixDeleter {
    void operator()(Pix *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Tesseract's cancel hook: a plain function pointer with a user pointer.
bool cancelRequested(void *context, int /*words*/)
{
    const auto *ctx = static_cast<const ExtractionContext *>(context);
    return ctx->interrupted().has_value();
}

std::unique_ptr<tesseract::TessBaseAPI> startEngine(const QStringList &languages)
{
    // Leptonica reports bad image data on stderr; our caller reports it as an error value.
    static std::once_flag quiet;
    std::call_once(quiet, [] { setMsgSeverity(L_SEVERITY_NONE); });
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray langs = languages.join(QLatin1Char('+')).toUtf8();
    if (api->Init(nullptr, langs.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        return nullptr;
    }
    // Tesseract writes notes such as "Estimating resolution" to stderr; they carry no content
    // but clutter the CLI's one-line error contract.
    api->SetVariable("debug_file", "/dev/null");
    return api;
}

Result<QString> runRecognition(tesseract::TessBaseAPI &api, ExtractionContext &context)
{
    // Tesseract parallelises with OpenMP; on a busy desktop a fixed team of spinning threads
    // makes a page several times slower. Dynamic teams let libgomp size them by the load.
    omp_set_dynamic(1);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = &context;
    monitor.set_deadline_msecs(
        int(qBound(qint64(1), context.remainingMs(), qint64(24 * 3600 * 1000))));
    const int status = api.Recognize(&monitor);
    if (auto stop = context.interrupted()) {
        return *stop;
    }
    if (status != 0) {
        return Error{ErrorKind::Internal, QStringLiteral("Text recognition (OCR) failed.")};
    }
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    return TextDecoder::normaliseLineEnds(QString::fromUtf8(text ? text.get() : ""));
}

} // namespace

QStringList OcrEngine::availableLanguages()
{
    tesseract::TessBaseAPI api;
    // Init with any installed language so the data path is known.
    if (api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0 &&
        api.Init(nullptr, nullptr, tesseract::OEM_LSTM_ONLY) != 0) {
        return {};
    }
    std::vector<std::string> found;
    api.GetAvailableLanguagesAsVector(&found);
    QStringList languages;
    for (const std::string &lang : found) {
        if (lang != "osd") {
            languages.append(QString::fromStdString(lang));
        }
    }
    languages.sort();
    return languages;
}

Result<void> OcrEngine::checkLanguages(const QStringList &languages)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z]{3}(_[a-z]+)?$"));
    if (languages.isEmpty()) {
        return Error{ErrorKind::Usage, QStringLiteral("No OCR language was chosen.")};
    }
    static const QStringList installed = availableLanguages(); // loads a model: once
    for (const QString &lang : languages) {
        if (!valid.match(lang).hasMatch() || !installed.contains(lang)) {
            return Error{ErrorKind::Usage,
                         QStringLiteral("The OCR language \u201C%1\u201D is not installed; "
                                        "installed: %2.")
                             .arg(lang.left(40), installed.join(QStringLiteral(", ")))};
        }
    }
    return {};
}

Result<QString> OcrEngine::recognise(const QImage &image, int dpi, ExtractionContext &context)
{
    if (qint64(image.width()) * image.height() > context.limits.maxImagePixels) {
        return tooLargeError(QStringLiteral("The image is larger than the limit of %1 "
                                            "megapixels.")
                                 .arg(context.limits.maxImagePixels / 1000000));
    }
    auto api = startEngine(context.options.ocrLanguages);
    if (!api) {
        return Error{ErrorKind::Usage, QStringLiteral("Text recognition (OCR) could not start "
                                                      "with the chosen languages.")};
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    if (dpi > 0) {
        api->SetSourceResolution(dpi);
    }
    return runRecognition(*api, context);
}

Result<QStringList> OcrEngine::recogniseEncoded(const QByteArray &bytes, const QString &name,
                                                ExtractionContext &context)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { setMsgSeverity(L_SEVERITY_NONE); });
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const auto size = static_cast<size_t>(bytes.size());
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(data, size, &format, &w, &h, &bps, &spp, &colormap) != 0 || w <= 0 ||
        h <= 0) {
        return corruptError(name, QStringLiteral("is damaged: the image cannot be decoded."));
    }
    if (qint64(w) * h > context.limits.maxImagePixels) {
        return tooLargeError(
            QStringLiteral("%1 is %2 \u00D7 %3 pixels; the limit is %4 megapixels.")
                .arg(quotedName(name))
                .arg(w)
                .arg(h)
                .arg(context.limits.maxImagePixels / 1000000));
    }
    auto api = startEngine(context.options.ocrLanguages);
    if (!api) {
        return Error{ErrorKind::Usage, QStringLiteral("Text recognition (OCR) could not start "
                                                      "with the chosen languages.")};
    }
    QStringList pages;
    if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW ||
        format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE ||
        format == IFF_TIFF_G3 || format == IFF_TIFF_JPEG) {
        // Multi-page TIFF (fax, scanner output): page by page, each checked like the first.
        l_int32 count = 0;
        size_t offset = 0;
        for (;;) {
            if (count >= context.limits.maxPages) {
                return tooLargeError(QStringLiteral("%1 has more pages than the limit of %2.")
                                         .arg(quotedName(name))
                                         .arg(context.limits.maxPages));
            }
            PixPtr pix(pixReadMemFromMultipageTiff(data, size, &offset));
            if (!pix) {
                break;
            }
            ++count;
            if (qint64(pixGetWidth(pix.get())) * pixGetHeight(pix.get()) >
                context.limits.maxImagePixels) {
                return tooLargeError(QStringLiteral("A page of %1 is larger than the pixel limit.")
                                         .arg(quotedName(name)));
            }
            context.reportProgress(count - 1, count + (offset != 0 ? 1 : 0));
            api->SetImage(pix.get());
            const l_int32 res = pixGetXRes(pix.get());
            if (res > 0) {
                api->SetSourceResolution(res);
            }
            Result<QString> text = runRecognition(*api, context);
            if (!text) {
                return text.error();
            }
            pages.append(text.value());
            if (offset == 0) {
                break;
            }
        }
        if (pages.isEmpty()) {
            return corruptError(name, QStringLiteral("is damaged: the image cannot be decoded."));
        }
        return pages;
    }
    PixPtr pix(pixReadMem(data, size));
    if (!pix) {
        return corruptError(name, QStringLiteral("is damaged: the image cannot be decoded."));
    }
    api->SetImage(pix.get());
    const l_int32 res = pixGetXRes(pix.get());
    if (res > 0) {
        api->SetSourceResolution(res);
    }
    Result<QString> text = runRecognition(*api, context);
    if (!text) {
        return text.error();
    }
    pages.append(text.value());
    return pages;
}

} // namespace promptdesk
