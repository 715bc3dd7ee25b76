#include "pipeline/compare_votes.h"
#include "templates/citations.h"
#include "templates/extraction_table.h"
#include "templates/json_schema_validator.h"
#include "templates/template_json.h"
#include "templates/template_library.h"
#include "templates/user_template_store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace promptdesk;

namespace {

QJsonObject actionItemsSchema()
{
    const Result<TemplateLibrary> library = TemplateLibrary::loadBuiltins();
    return library->find(QStringLiteral("extract-action-items"))->outputSchema;
}

QJsonValue parse(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QByteArray zipEntry(const QString &path, const QString &entry)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = input.readAll();
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class TestTemplateData final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validatorAcceptsAValidAnswer();
    void validatorNamesEachProblemWithItsPath();
    void validatorChecksTheSchemaItself();
    void modelJsonIsFoundInsideFencesAndProse();
    void tableFollowsTheSchemaColumnOrder();
    void singleRecordBecomesOneRow();
    void csvQuotesAndDefusesFormulas();
    void jsonAndMarkdownExports();
    void xlsxHasTheSchemaColumnsAndValues();
    void markdownTableFromTheOfflineEngine();
    void citationsAreAttachedToTheRightPages();
    void userTemplatesSaveLoadDuplicateShare();
    void adminTemplatesAreLocked();
    void errorsComeInTheUsersLanguage();
};

void TestTemplateData::validatorAcceptsAValidAnswer()
{
    const JsonSchemaValidator validator(actionItemsSchema());
    const QStringList errors = validator.validate(parse(
        R"({"rows":[{"task":"Send the report","owner":"[PERSON_1]","due_date":"2026-03-01"},
                    {"task":"Book a room","owner":"Sam","due_date":""}]})"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestTemplateData::validatorNamesEachProblemWithItsPath()
{
    const JsonSchemaValidator validator(actionItemsSchema());
    const QStringList errors = validator.validate(parse(
        R"({"rows":[{"task":"A","owner":3,"due_date":"next week"},{"owner":"B","due_date":""}]})"));
    QVERIFY2(errors.contains(QStringLiteral("$.rows[0].owner: expected a string, got an integer")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(
        errors.contains(QStringLiteral("$.rows[0].due_date: must be a date written YYYY-MM-DD")));
    QVERIFY(errors.contains(QStringLiteral("$.rows[1]: the property \"task\" is missing")));
    QCOMPARE(validator.validate(parse(R"([1,2])")),
             QStringList{QStringLiteral("$: expected an object, got an array")});

    const JsonSchemaValidator closed(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("kind"),
              QJsonObject{
                  {QStringLiteral("enum"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}},
             {QStringLiteral("n"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                               {QStringLiteral("maximum"), 5}}}}}});
    const QStringList more = closed.validate(parse(R"({"kind":"c","n":7,"extra":true})"));
    QCOMPARE(more.size(), 3);
    QVERIFY(more.contains(QStringLiteral("$.extra: is not an allowed property")));
    QVERIFY(more.contains(QStringLiteral("$.kind: must be one of \"a\", \"b\"")));
    QCOMPARE(closed.validate(parse(R"({"kind":"a","n":2.5})")), QStringList());
    // Bounded: a huge answer yields a bounded list.
    QJsonArray many;
    for (int i = 0; i < 500; ++i) {
        many.append(QJsonObject{{QStringLiteral("task"), i}});
    }
    QCOMPARE(validator.validate(QJsonObject{{QStringLiteral("rows"), many}}, 20).size(), 20);
}

void TestTemplateData::validatorChecksTheSchemaItself()
{
    QVERIFY(JsonSchemaValidator::checkSchema(actionItemsSchema()).isEmpty());
    const QStringList problems = JsonSchemaValidator::checkSchema(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("table")},
                    {QStringLiteral("oneOf"), QJsonArray{}}});
    QCOMPARE(problems.size(), 2);
    QVERIFY(!JsonSchemaValidator::checkSchema({}).isEmpty());
}

void TestTemplateData::modelJsonIsFoundInsideFencesAndProse()
{
    QCOMPARE(
        parseModelJson(QStringLiteral("{\"a\":1}"))->toObject().value(QStringLiteral("a")).toInt(),
        1);
    QCOMPARE(parseModelJson(QStringLiteral("Here you go:\n```json\n{\"a\":2}\n```\nDone."))
                 ->toObject()
                 .value(QStringLiteral("a"))
                 .toInt(),
             2);
    QCOMPARE(parseModelJson(QStringLiteral("Sure! [1, 2, 3] is the list."))->toArray().size(), 3);
    const Result<QJsonValue> bad =
        parseModelJson(QStringLiteral("I could not find any fields {oops"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::Corrupt);
}

void TestTemplateData::tableFollowsTheSchemaColumnOrder()
{
    const ExtractionTable table = ExtractionTable::fromJson(
        parse(R"({"rows":[{"due_date":"2026-03-01","owner":"Sam","task":"Send","extra":"x"}]})"),
        actionItemsSchema());
    QCOMPARE(table.columns, (QStringList{QStringLiteral("task"), QStringLiteral("owner"),
                                         QStringLiteral("due_date")}));
    QCOMPARE(table.headers, (QStringList{QStringLiteral("Task"), QStringLiteral("Owner"),
                                         QStringLiteral("Due date")}));
    QCOMPARE(table.rows, (QList<QStringList>{{QStringLiteral("Send"), QStringLiteral("Sam"),
                                              QStringLiteral("2026-03-01")}}));
}

void TestTemplateData::singleRecordBecomesOneRow()
{
    const Result<TemplateLibrary> library = TemplateLibrary::loadBuiltins();
    const QJsonObject schema =
        library->find(QStringLiteral("extract-drivers-licence"))->outputSchema;
    const ExtractionTable table = ExtractionTable::fromJson(
        parse(R"({"licence_number":"D1234567","surname":"Sample","country":"US"})"), schema);
    QCOMPARE(table.columns.first(), QStringLiteral("licence_number"));
    QCOMPARE(table.columns.size(), 10);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first().at(1), QStringLiteral("Sample"));
}

void TestTemplateData::csvQuotesAndDefusesFormulas()
{
    ExtractionTable table;
    table.columns = {QStringLiteral("a"), QStringLiteral("b")};
    table.headers = {QStringLiteral("A"), QStringLiteral("B, with comma")};
    table.rows = {
        {QStringLiteral("=HYPERLINK(\"http://example.com\")"), QStringLiteral("line\nbreak")},
        {QStringLiteral("plain"), QStringLiteral("say \"hi\"")}};
    const QByteArray csv = table.toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(
        QString::fromUtf8(csv.mid(3)),
        QStringLiteral(
            "A,\"B, with comma\"\r\n\"'=HYPERLINK(\"\"http://example.com\"\")\",\"line\nbreak\"\r\n"
            "plain,\"say \"\"hi\"\"\"\r\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(table.writeCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
}

void TestTemplateData::jsonAndMarkdownExports()
{
    ExtractionTable table;
    table.columns = {QStringLiteral("task"), QStringLiteral("owner")};
    table.headers = {QStringLiteral("Task"), QStringLiteral("Owner")};
    table.rows = {{QStringLiteral("Pipe | split"), QStringLiteral("Sam")}};
    QCOMPARE(table.toMarkdown(),
             QStringLiteral("| Task | Owner |\n| --- | --- |\n| Pipe \\| split | Sam |\n"));
    const QJsonArray json = QJsonDocument::fromJson(table.toJson()).array();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("owner")).toString(),
             QStringLiteral("Sam"));
    // Round trip through the Markdown reader.
    const ExtractionTable back = ExtractionTable::fromMarkdown(table.toMarkdown());
    QCOMPARE(back.rows, table.rows);
}

void TestTemplateData::xlsxHasTheSchemaColumnsAndValues()
{
    const ExtractionTable table = ExtractionTable::fromJson(
        parse(R"({"rows":[{"task":"Order chairs","owner":"Sam","due_date":"2026-04-02"},
                           {"task":"=1+1","owner":"Kim","due_date":""}]})"),
        actionItemsSchema());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.xlsx"));
    const Result<void> written = table.writeXlsx(path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const QString sheet =
        QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(!sheet.isEmpty(), "the workbook has no first sheet");
    QVERIFY(!zipEntry(path, QStringLiteral("[Content_Types].xml")).isEmpty());
    QVERIFY(!zipEntry(path, QStringLiteral("xl/workbook.xml")).isEmpty());
    // Read the cells back: r="A1" … with their inline strings.
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"[^>]*><is><t[^>]*>([^<]*)</t>"));
    QMap<QString, QString> cells;
    for (auto it = cell.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        cells.insert(m.captured(1), m.captured(2));
    }
    QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("Task"));
    QCOMPARE(cells.value(QStringLiteral("B1")), QStringLiteral("Owner"));
    QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("Due date"));
    QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("Order chairs"));
    QCOMPARE(cells.value(QStringLiteral("C2")), QStringLiteral("2026-04-02"));
    QCOMPARE(cells.value(QStringLiteral("A3")), QStringLiteral("=1+1")); // text, not a formula
    QCOMPARE(cells.value(QStringLiteral("B3")), QStringLiteral("Kim"));
    QCOMPARE(cells.size(), 9);
    QVERIFY(!sheet.contains(QStringLiteral("<f>")));
}

void TestTemplateData::markdownTableFromTheOfflineEngine()
{
    const ExtractionTable table = ExtractionTable::fromMarkdown(QStringLiteral(
        "Found:\n\n| Field | Value |\n|---|---|\n| Date | 2026-03-01 |\n| E-mail | [EMAIL_1] |\n"));
    QCOMPARE(table.columns, (QStringList{QStringLiteral("Field"), QStringLiteral("Value")}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(1).at(1), QStringLiteral("[EMAIL_1]"));
}

void TestTemplateData::citationsAreAttachedToTheRightPages()
{
    const QList<DocumentPage> pages{
        {3, QStringLiteral("Intro text. The canteen closes on Friday for good.\nMore."), {}},
        {4, QStringLiteral("The new   canteen opens in March on the ground floor."), {}}};
    const QString output =
        QStringLiteral("The canteen closes on Friday for good. The new canteen opens in March on "
                       "the ground floor. "
                       "Something invented here entirely. Already cited sentence here [p. 9].");
    const QString cited = attachCitations(output, pages);
    QCOMPARE(cited,
             QStringLiteral(
                 "The canteen closes on Friday for good [p. 3]. The new canteen opens in March on "
                 "the ground floor [p. 4]. Something invented here entirely. Already cited "
                 "sentence here [p. 9]."));
    QCOMPARE(citedPages(cited), (QList<int>{3, 4, 9}));
    QCOMPARE(citedPages(QStringLiteral("see [pp. 5-7] and [p.5]")), (QList<int>{5, 6, 7}));
    QCOMPARE(stripCitations(cited), output.left(output.size() - 8) + QLatin1Char('.'));
}

void TestTemplateData::userTemplatesSaveLoadDuplicateShare()
{
    QTemporaryDir dir;
    const UserTemplateStore store(dir.filePath(QStringLiteral("config/templates")));
    const Result<TemplateLibrary> library = TemplateLibrary::loadBuiltins();
    Template mine =
        UserTemplateStore::duplicate(*library->find(QStringLiteral("summarise-brief")), {});
    QCOMPARE(mine.id, QStringLiteral("summarise-brief-copy"));
    QCOMPARE(mine.origin, TemplateOrigin::User);
    QVERIFY(mine.name.endsWith(QStringLiteral(" (copy)")));
    QCOMPARE(UserTemplateStore::duplicate(mine, {mine.id, mine.id + QStringLiteral("-copy")}).id,
             QStringLiteral("summarise-brief-copy-copy-2"));
    mine.userPrompt = QStringLiteral(
        "For {{audience}}: summarise in {{language}}.\n<<<DOCUMENT\n{{document}}\nDOCUMENT>>>");
    QVERIFY(store.save(mine).ok());
    QFileInfo saved(dir.filePath(QStringLiteral("config/templates/summarise-brief-copy.json")));
    QVERIFY(saved.exists());
    QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    const UserTemplateStore::Loaded loaded = store.loadAll();
    QCOMPARE(loaded.templates.size(), 1);
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.templates.first().userPrompt, mine.userPrompt);
    QCOMPARE(loaded.templates.first().names, mine.names);
    QCOMPARE(loaded.templates.first().options.size(), mine.options.size());

    // An invalid template is refused with the reason.
    Template broken = mine;
    broken.userPrompt = QStringLiteral("no document here");
    const Result<void> refused = store.save(broken);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("{{document}}")));

    // Share: export, import elsewhere.
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(UserTemplateStore::exportTo(mine, shared).ok());
    const UserTemplateStore other(dir.filePath(QStringLiteral("other")));
    const Result<Template> imported = other.importFrom(shared);
    QVERIFY(imported.ok());
    QCOMPARE(imported->id, mine.id);
    QVERIFY(imported->editable());

    // A damaged file in the folder is reported, not fatal.
    QFile damaged(dir.filePath(QStringLiteral("config/templates/zz.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"templates\": [");
    damaged.close();
    const UserTemplateStore::Loaded again = store.loadAll();
    QCOMPARE(again.templates.size(), 1);
    QCOMPARE(again.problems.size(), 1);
    QVERIFY(store.remove(mine.id).ok());
    QVERIFY(!store.remove(mine.id).ok());
}

void TestTemplateData::adminTemplatesAreLocked()
{
    Result<TemplateLibrary> library = TemplateLibrary::loadBuiltins();
    Template admin = *library->find(QStringLiteral("summarise-brief"));
    admin.id = QStringLiteral("company-brief");
    admin.name = QStringLiteral("Company brief");
    Template overrideBuiltin = *library->find(QStringLiteral("translate"));
    overrideBuiltin.systemPrompt = QStringLiteral("Company translation rules.");
    library->applyAdminTemplates({admin, overrideBuiltin}, {QStringLiteral("rewrite")});
    QVERIFY(library->find(QStringLiteral("company-brief"))->locked);
    QCOMPARE(library->find(QStringLiteral("company-brief"))->origin, TemplateOrigin::Admin);
    QCOMPARE(library->find(QStringLiteral("translate"))->systemPrompt,
             QStringLiteral("Company translation rules."));
    QVERIFY(library->find(QStringLiteral("rewrite"))->locked);

    // Users can neither replace nor delete a locked template, nor save one as their own.
    Template attempt = admin;
    attempt.systemPrompt = QStringLiteral("changed");
    QVERIFY(!library->upsertUserTemplate(attempt));
    QVERIFY(!library->removeUserTemplate(QStringLiteral("company-brief")));
    QTemporaryDir dir;
    QVERIFY(
        !UserTemplateStore(dir.path()).save(*library->find(QStringLiteral("company-brief"))).ok());
    // A user template whose id is taken is skipped; a duplicate is fine.
    QCOMPARE(library->addUserTemplates({admin}), QStringList{QStringLiteral("company-brief")});
    Template copy =
        UserTemplateStore::duplicate(*library->find(QStringLiteral("company-brief")), {});
    QVERIFY(library->upsertUserTemplate(copy));
    QVERIFY(library->find(copy.id)->editable());
    QVERIFY(library->removeUserTemplate(copy.id));
}

void TestTemplateData::errorsComeInTheUsersLanguage()
{
    // These services are plain classes: their messages only load when lupdate and the runtime
    // agree on the context, which the compiled German catalogue of the GUI build proves.
    const QString catalogue =
        qEnvironmentVariable("PROMPTDESK_BIN_DIR") + QStringLiteral("/../app/promptdesk_de.qm");
    QTranslator german;
    if (!german.load(catalogue)) {
        QSKIP("the GUI's translations are not built (PROMPTDESK_BUILD_GUI=OFF)");
    }
    QCoreApplication::installTranslator(&german);
    QTemporaryDir dir;
    const Result<Template> missing =
        UserTemplateStore(dir.path()).importFrom(dir.filePath(QStringLiteral("none.json")));
    const Result<void> vote =
        CompareVoteStore(dir.filePath(QStringLiteral("votes.jsonl"))).record(CompareVote{});
    QCoreApplication::removeTranslator(&german);

    QVERIFY(!missing && !vote);
    QCOMPARE(missing.error().message,
             QStringLiteral("Die Vorlagendatei konnte nicht geöffnet werden."));
    QVERIFY2(vote.error().message.startsWith(QStringLiteral("Eine Stimme braucht")),
             qPrintable(vote.error().message));
}

QTEST_GUILESS_MAIN(TestTemplateData)
#include "test_template_data.moc"
