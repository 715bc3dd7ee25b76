#include "templates/prompt_builder.h"

#include <QJsonDocument>

namespace promptdesk {

namespace {

// A document that contains our own end marker could close the data block early and have the
// rest read as instructions; neutralise the marker inside the data.
QString quoteAsData(QString text)
{
    text.replace(QStringLiteral("DOCUMENT>>>"), QStringLiteral("DOCUMENT> > >"));
    text.replace(QStringLiteral("<<<DOCUMENT"), QStringLiteral("< < <DOCUMENT"));
    return text;
}

QString fill(QString prompt, const QMap<QString, QString> &variables)
{
    // {{document}} last, so that text inside the document is never treated as a variable.
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.key() != QStringLiteral("document")) {
            prompt.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
        }
    }
    return prompt.replace(QStringLiteral("{{document}}"),
                          variables.value(QStringLiteral("document")));
}

QString jsonInstructions(const QJsonObject &schema)
{
    return QStringLiteral(
               "\n\nAnswer with JSON only (no prose, no code fences) that matches this JSON "
               "Schema. "
               "Use an empty string for a field the document does not state; never invent "
               "values.\n") +
           QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
}

} // namespace

ProviderRequest buildProviderRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                     const QString &redactedDocument, const QString &model)
{
    const QMap<QString, QString> resolved = tmpl.resolveOptions(options);
    QMap<QString, QString> variables = resolved;
    variables.insert(QStringLiteral("document"), quoteAsData(redactedDocument));

    ProviderRequest request;
    request.model = model;
    QMap<QString, QString> systemVariables = resolved; // never the document
    request.system = fill(tmpl.systemPrompt, systemVariables);
    if (tmpl.outputFormat == OutputFormat::Json) {
        request.system += jsonInstructions(tmpl.effectiveSchema(resolved));
    }
    request.messages.append({QStringLiteral("user"), fill(tmpl.userPrompt, variables)});
    request.params.maxTokens = tmpl.maxOutputTokens;
    request.params.temperature = tmpl.temperature;
    request.task.category = tmpl.category;
    request.task.templateId = tmpl.id;
    request.task.templateVersion = tmpl.version;
    // The offline engine reads its own option names; the template's hints fill those it lacks.
    QMap<QString, QString> taskOptions = resolved;
    for (auto it = tmpl.offlineHints.cbegin(); it != tmpl.offlineHints.cend(); ++it) {
        if (!taskOptions.contains(it.key())) {
            taskOptions.insert(it.key(), it.value());
        }
    }
    request.task.options = taskOptions;
    request.task.documentText = redactedDocument;
    return request;
}

ProviderRequest buildRetryRequest(const ProviderRequest &original, const QString &previousAnswer,
                                  const QStringList &validationErrors)
{
    ProviderRequest retry = original;
    retry.messages.append({QStringLiteral("assistant"), previousAnswer});
    retry.messages.append(
        {QStringLiteral("user"),
         QStringLiteral("Your answer did not match the JSON Schema. Problems:\n- ") +
             validationErrors.join(QStringLiteral("\n- ")) +
             QStringLiteral("\nAnswer again with corrected JSON only, using the same document.")});
    return retry;
}

ProviderRequest buildContinueRequest(const ProviderRequest &original, const QString &answerSoFar)
{
    ProviderRequest next = original;
    next.messages.append({QStringLiteral("assistant"), answerSoFar});
    next.messages.append({QStringLiteral("user"),
                          QStringLiteral("Your answer stopped at the length limit. Continue it "
                                         "exactly where it stopped, without repeating anything "
                                         "and without any introduction.")});
    return next;
}

ProviderRequest buildMapRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                const QString &chunkWithPageMarkers, const QString &plainChunk,
                                int part, int parts, int firstPage, int lastPage,
                                const QString &model)
{
    ProviderRequest request = buildProviderRequest(tmpl, options, chunkWithPageMarkers, model);
    const QString context =
        QStringLiteral(
            "The document below is part %1 of %2 of a longer document and covers pages %3 to %4. "
            "A marker such as [p. 12] shows where a page starts. ")
            .arg(part)
            .arg(parts)
            .arg(firstPage)
            .arg(lastPage);
    const QString citing =
        tmpl.category == TemplateCategory::Summarise
            ? QStringLiteral("Write notes on this part only, and end every point with the "
                             "page it comes from, written like [p. 12]. ")
            : QString();
    request.system = context + citing + request.system;
    request.task.documentText = plainChunk;
    return request;
}

ProviderRequest buildReduceRequest(const Template &tmpl, const QMap<QString, QString> &options,
                                   const QString &notesWithCitations, const QString &plainNotes,
                                   const QString &model)
{
    ProviderRequest request = buildProviderRequest(tmpl, options, notesWithCitations, model);
    request.system =
        QStringLiteral("The document below is a set of notes taken from every part of a longer "
                       "document, in order, each point ending with its page such as [p. 12]. "
                       "Keep those page citations in your answer, after the points they "
                       "support. ") +
        request.system;
    request.task.documentText = plainNotes;
    return request;
}

} // namespace promptdesk
