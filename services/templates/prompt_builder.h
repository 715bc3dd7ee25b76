#pragma once

#include "providers/provider_request.h"
#include "templates/template.h"

#include <QStringList>

namespace promptdesk {

// Assembles the request for a template. Document text goes in as quoted data between
// explicit delimiters, never as instructions, so a document cannot steer the model.
// Variables ({{audience}}, {{tone}}, …) are filled in both prompts; JSON templates get their
// schema appended to the instructions; the offline engine's hints go into the task.
ProviderRequest buildProviderRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                     const QString &redactedDocument, const QString &model);

// The one retry of an extraction whose answer did not match the schema: the original
// conversation, the model's answer, and the validation errors to fix.
ProviderRequest buildRetryRequest(const ProviderRequest &original, const QString &previousAnswer,
                                  const QStringList &validationErrors);

// Long documents. A map step covers pages [firstPage, lastPage] of a longer document; the
// chunk's text carries "[p. N]" markers where pages start so the model can cite them.
// The same request once more with the answer so far, asking the model to go on from where it
// stopped at its token limit ("Continue").
ProviderRequest buildContinueRequest(const ProviderRequest &original, const QString &answerSoFar);

ProviderRequest buildMapRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                const QString &chunkWithPageMarkers, const QString &plainChunk,
                                int part, int parts, int firstPage, int lastPage,
                                const QString &model);
// The reduce step: the template itself over the notes of every part (with their citations).
ProviderRequest buildReduceRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                   const QString &notesWithCitations, const QString &plainNotes,
                                   const QString &model);

} // namespace promptdesk
