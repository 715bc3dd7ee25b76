#include "review_dialog.h"

#include "pipeline/pipeline.h"
#include "redaction/pattern_redactor.h"
#include "redaction/pii_types.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;
constexpr int kTypeRole = Qt::UserRole + 2;

const QStringList &allTypes()
{
    return knownPiiTypes();
}

} // namespace

QString ReviewDialog::typeLabel(const QString &type)
{
    static const QMap<QString, QString> labels = {
        {QStringLiteral("PERSON"), tr("Name")},
        {QStringLiteral("EMAIL"), tr("E-mail")},
        {QStringLiteral("PHONE"), tr("Phone")},
        {QStringLiteral("ADDRESS"), tr("Address")},
        {QStringLiteral("LOCATION"), tr("City")},
        {QStringLiteral("DATE_OF_BIRTH"), tr("Birth date")},
        {QStringLiteral("US_SSN"), tr("Social security no.")},
        {QStringLiteral("US_DRIVER_LICENSE"), tr("Driver's licence")},
        {QStringLiteral("PASSPORT"), tr("Passport")},
        {QStringLiteral("IBAN"), tr("IBAN")},
        {QStringLiteral("CREDIT_CARD"), tr("Card number")},
        {QStringLiteral("IP_ADDRESS"), tr("IP address")},
        {QStringLiteral("UK_NINO"), tr("NI number")},
        {QStringLiteral("NATIONAL_ID"), tr("National ID")},
        {QStringLiteral("VEHICLE_PLATE"), tr("Number plate")},
        {QStringLiteral("EMPLOYEE_ID"), tr("Staff ID")},
        {QStringLiteral("CUSTOMER_ID"), tr("Customer ID")},
        {QStringLiteral("CUSTOM"), tr("Custom term")},
    };
    return labels.value(type, type);
}

QColor ReviewDialog::typeColor(const QString &type)
{
    // Light tints that keep black text readable; the label carries the meaning.
    static const QColor palette[] = {
        QColor(0xff, 0xd6, 0xa5), QColor(0xca, 0xff, 0xbf), QColor(0x9b, 0xf6, 0xff),
        QColor(0xa0, 0xc4, 0xff), QColor(0xff, 0xc6, 0xff), QColor(0xfd, 0xff, 0xb6),
        QColor(0xff, 0xad, 0xad), QColor(0xbd, 0xb2, 0xff), QColor(0xe2, 0xe2, 0xe2)};
    const qsizetype index = allTypes().indexOf(type);
    return palette[(index < 0 ? 8 : index) % 9];
}

ReviewDialog::ReviewDialog(ReviewSession session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Check what will be sent"));
    setObjectName(QStringLiteral("reviewDialog"));

    auto *intro = new QLabel(
        tr("Personal data found in your text is marked below and will be replaced before "
           "sending. Untick anything that is not personal, or select text and press "
           "\"Redact selection\" to hide more."),
        this);
    intro->setWordWrap(true);

    m_text = new QTextEdit(this);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Your text with personal data marked"));
    m_text->setTabChangesFocus(true);

    m_legend = new QTreeWidget(this);
    m_legend->setObjectName(QStringLiteral("reviewLegend"));
    m_legend->setAccessibleName(tr("Kinds of personal data, tick to redact all of a kind"));
    m_legend->setHeaderLabels({tr("Kind"), tr("Redacted")});
    m_legend->setRootIsDecorated(false);

    m_spans = new QTreeWidget(this);
    m_spans->setObjectName(QStringLiteral("reviewSpans"));
    m_spans->setAccessibleName(tr("Each item found, tick to redact it"));
    m_spans->setHeaderLabels({tr("Kind"), tr("Text"), tr("Status")});
    m_spans->setRootIsDecorated(false);

    m_addType = new QComboBox(this);
    m_addType->setObjectName(QStringLiteral("reviewAddType"));
    m_addType->setAccessibleName(tr("Kind for the selected text"));
    for (const QString &type : allTypes()) {
        m_addType->addItem(typeLabel(type), type);
    }
    m_addButton = new QPushButton(tr("&Redact selection"), this);
    m_addButton->setObjectName(QStringLiteral("reviewAddButton"));
    m_addButton->setToolTip(tr("Hide the text selected above (Ctrl+R)"));
    auto *shortcut = new QShortcut(QKeySequence(tr("Ctrl+R")), this);
    connect(shortcut, &QShortcut::activated, this, &ReviewDialog::redactSelection);
    connect(m_addButton, &QPushButton::clicked, this, &ReviewDialog::redactSelection);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("What the provider will see"));

    m_mandatoryNote = new QLabel(this);
    m_mandatoryNote->setObjectName(QStringLiteral("reviewMandatoryNote"));
    m_mandatoryNote->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("reviewSend"));
    send->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textLabel = new QLabel(tr("Your &text"), this);
    textLabel->setBuddy(m_text);
    auto *legendLabel = new QLabel(tr("&Kinds found"), this);
    legendLabel->setBuddy(m_legend);
    auto *spansLabel = new QLabel(tr("&Items found"), this);
    spansLabel->setBuddy(m_spans);
    auto *previewLabel = new QLabel(tr("What the &provider will see"), this);
    previewLabel->setBuddy(m_preview);

    auto *grid = new QGridLayout;
    grid->addWidget(textLabel, 0, 0);
    grid->addWidget(m_text, 1, 0, 3, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addType, 1);
    addRow->addWidget(m_addButton);
    grid->addLayout(addRow, 4, 0);
    grid->addWidget(legendLabel, 0, 1);
    grid->addWidget(m_legend, 1, 1);
    grid->addWidget(spansLabel, 2, 1);
    grid->addWidget(m_spans, 3, 1, 2, 1);
    grid->addWidget(previewLabel, 5, 0, 1, 2);
    grid->addWidget(m_preview, 6, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(m_mandatoryNote);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    setTabOrder(m_text, m_addType);
    setTabOrder(m_addType, m_addButton);
    setTabOrder(m_addButton, m_legend);
    setTabOrder(m_legend, m_spans);
    setTabOrder(m_spans, m_preview);

    connect(m_spans, &QTreeWidget::itemChanged, this, &ReviewDialog::onSpanItemChanged);
    connect(m_legend, &QTreeWidget::itemChanged, this, &ReviewDialog::onLegendItemChanged);
    resize(960, 640);
    rebuild();
    m_spans->setFocus();
    if (m_spans->topLevelItemCount() > 0) {
        m_spans->setCurrentItem(m_spans->topLevelItem(0));
    }
}

std::optional<RedactedText> ReviewDialog::review(QWidget *parent, const Pipeline &pipeline,
                                                 const PreparedInput &prepared)
{
    QStringList mandatory;
    if (const auto *pattern = dynamic_cast<const PatternRedactor *>(&pipeline.redactor())) {
        mandatory = pattern->config().mandatoryTypes;
    }
    ReviewDialog dialog(ReviewSession(prepared.originalText, prepared.redacted.spans, mandatory,
                                      pipeline.redactor().detectorVersion()),
                        parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.providerText();
}

void ReviewDialog::rebuild()
{
    m_updating = true;
    rebuildText();
    rebuildSpanList();
    rebuildLegend();
    m_preview->setPlainText(m_session.providerText().text);
    QStringList mandatory;
    for (const QString &type : m_session.types()) {
        if (m_session.isMandatory(type)) {
            mandatory.append(typeLabel(type));
        }
    }
    m_mandatoryNote->setText(mandatory.isEmpty()
                                 ? QString()
                                 : tr("Your organisation requires these to stay hidden: %1.")
                                       .arg(mandatory.join(QStringLiteral(", "))));
    m_mandatoryNote->setVisible(!mandatory.isEmpty());
    m_updating = false;
}

void ReviewDialog::rebuildText()
{
    m_text->clear();
    m_docToOriginal.clear();
    QTextCursor cursor(m_text->document());
    const QString &original = m_session.original();
    QTextCharFormat plain;
    qsizetype copied = 0;
    const auto insertOriginal = [&](qsizetype from, qsizetype to, const QTextCharFormat &format) {
        cursor.insertText(original.sliced(from, to - from), format);
        for (qsizetype i = from; i < to; ++i) {
            m_docToOriginal.append(i);
        }
    };
    for (const ReviewSession::Item &item : m_session.items()) {
        insertOriginal(copied, item.span.start, plain);
        QTextCharFormat marked;
        QTextCharFormat label;
        label.setFontPointSize(m_text->font().pointSizeF() * 0.8);
        label.setFontWeight(QFont::Bold);
        QString labelText;
        if (item.accepted) {
            marked.setBackground(typeColor(item.span.type));
            label.setBackground(typeColor(item.span.type));
            labelText = QStringLiteral(" [") + typeLabel(item.span.type) + QStringLiteral("]");
        } else {
            marked.setFontUnderline(true);
            marked.setUnderlineStyle(QTextCharFormat::DotLine);
            labelText = QStringLiteral(" [") + tr("%1, not hidden").arg(typeLabel(item.span.type)) +
                        QStringLiteral("]");
        }
        marked.setToolTip(typeLabel(item.span.type));
        insertOriginal(item.span.start, item.span.end, marked);
        cursor.insertText(labelText, label);
        for (qsizetype i = 0; i < labelText.size(); ++i) {
            m_docToOriginal.append(-1);
        }
        copied = item.span.end;
    }
    insertOriginal(copied, original.size(), plain);
    m_docToOriginal.append(original.size());
}

void ReviewDialog::rebuildSpanList()
{
    const int current =
        m_spans->currentItem() ? m_spans->indexOfTopLevelItem(m_spans->currentItem()) : 0;
    const QList<ReviewSession::Item> &items = m_session.items();
    // Rows are updated in place when the spans are the same (this runs from inside the
    // list's own itemChanged signal, so rows must not be deleted then).
    if (m_spans->topLevelItemCount() != items.size()) {
        m_spans->clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            new QTreeWidgetItem(m_spans);
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ReviewSession::Item &item = items[i];
        const bool mandatory = m_session.isMandatory(item.span.type);
        QTreeWidgetItem *row = m_spans->topLevelItem(static_cast<int>(i));
        row->setText(0, typeLabel(item.span.type));
        row->setText(1,
                     m_session.original().sliced(item.span.start, item.span.length()).simplified());
        row->setText(2, mandatory ? tr("Hidden (required)")
                                  : (item.accepted ? tr("Hidden") : tr("Sent as written")));
        row->setBackground(0, typeColor(item.span.type));
        row->setData(0, kIndexRole, i);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (!mandatory) {
            flags |= Qt::ItemIsUserCheckable;
        }
        row->setFlags(flags);
        row->setCheckState(0, item.accepted ? Qt::Checked : Qt::Unchecked);
    }
    m_spans->resizeColumnToContents(0);
    if (current >= 0 && current < m_spans->topLevelItemCount()) {
        m_spans->setCurrentItem(m_spans->topLevelItem(current));
    }
}

void ReviewDialog::rebuildLegend()
{
    const int current =
        m_legend->currentItem() ? m_legend->indexOfTopLevelItem(m_legend->currentItem()) : 0;
    const QMap<QString, QPair<int, int>> counts = m_session.countsByType();
    if (m_legend->topLevelItemCount() != counts.size()) {
        m_legend->clear();
        for (qsizetype i = 0; i < counts.size(); ++i) {
            new QTreeWidgetItem(m_legend);
        }
    }
    int hidden = 0;
    int total = 0;
    int rowIndex = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool mandatory = m_session.isMandatory(it.key());
        QTreeWidgetItem *row = m_legend->topLevelItem(rowIndex++);
        row->setText(0, typeLabel(it.key()));
        row->setText(1, tr("%1 of %2").arg(it->first).arg(it->second) +
                            (mandatory ? tr(" (required)") : QString()));
        row->setBackground(0, typeColor(it.key()));
        row->setData(0, kTypeRole, it.key());
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (!mandatory) {
            flags |= Qt::ItemIsUserCheckable;
        }
        row->setFlags(flags);
        row->setCheckState(0, it->first == it->second
                                  ? Qt::Checked
                                  : (it->first == 0 ? Qt::Unchecked : Qt::PartiallyChecked));
        hidden += it->first;
        total += it->second;
    }
    m_legend->resizeColumnToContents(0);
    if (current >= 0 && current < m_legend->topLevelItemCount()) {
        m_legend->setCurrentItem(m_legend->topLevelItem(current));
    }
    m_status->setText(tr("%1 of %2 items will be hidden.").arg(hidden).arg(total));
}

void ReviewDialog::onSpanItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0) {
        return;
    }
    const qsizetype index = item->data(0, kIndexRole).toLongLong();
    m_session.setAccepted(index, item->checkState(0) == Qt::Checked);
    rebuild();
}

void ReviewDialog::onLegendItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0) {
        return;
    }
    const QString type = item->data(0, kTypeRole).toString();
    m_session.setTypeAccepted(type, item->checkState(0) != Qt::Unchecked);
    rebuild();
}

void ReviewDialog::redactSelection()
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        m_status->setText(tr("Select the text to hide first (Shift and the arrow keys)."));
        return;
    }
    // Map the selection to the original text, skipping the type labels.
    qsizetype from = cursor.selectionStart();
    qsizetype to = cursor.selectionEnd();
    while (from < to && from < m_docToOriginal.size() && m_docToOriginal[from] < 0) {
        ++from;
    }
    while (to > from && to - 1 < m_docToOriginal.size() && m_docToOriginal[to - 1] < 0) {
        --to;
    }
    if (from >= to || to - 1 >= m_docToOriginal.size()) {
        return;
    }
    const qsizetype start = m_docToOriginal[from];
    const qsizetype end = m_docToOriginal[to - 1] + 1;
    if (!m_session.addSpan(start, end, m_addType->currentData().toString())) {
        m_status->setText(
            tr("That text cannot be marked: it cuts into something that must stay hidden."));
        return;
    }
    rebuild();
}

} // namespace promptdesk
