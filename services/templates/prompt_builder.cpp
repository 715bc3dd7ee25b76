#include "prompt_builder.h"

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
    return prompt.replace(QStringLiteral("{{document}}"), variables.value(QStringLiteral("document")));
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
    request.system = tmpl.systemPrompt;
    request.messages.append({QStringLiteral("user"), fill(tmpl.userPrompt, variables)});
    request.params.maxTokens = tmpl.maxOutputTokens;
    request.task.category = tmpl.category;
    request.task.templateId = tmpl.id;
    request.task.templateVersion = tmpl.version;
    request.task.options = resolved;
    request.task.documentText = redactedDocument;
    return request;
}

} // namespace promptdesk
