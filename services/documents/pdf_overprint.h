#pragma once

#include <QRectF>
#include <QString>

#include <functional>

namespace promptdesk {

// Where on the page the characters [start, start + length) of a page's text are drawn.
using TextBoxOf = std::function<QRectF(qsizetype start, qsizetype length)>;

// `text` without the copies of overprinted words: generators that draw a label as a form
// reused several times at one spot ("/X1 Do" three times) make PDFium return the label once
// per drawing. A run of up to 64 words that repeats right after itself is dropped only when
// both copies sit at the same place (as poppler does), so "very very" or a table whose rows
// repeat stays as it is. At most `maxBoxChecks` positions are asked for per page.
QString withoutOverprintedCopies(const QString &text, const TextBoxOf &boxOf,
                                 int maxBoxChecks = 2000);

} // namespace promptdesk
