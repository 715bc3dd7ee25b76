#include "run_target_chooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>

namespace promptdesk {

namespace {

constexpr int kProviderRole = Qt::UserRole;
constexpr int kModelRole = Qt::UserRole + 1;

QString dataClassLabel(const QString &name)
{
    if (name == QStringLiteral("Public")) {
        return RunTargetChooser::tr("Public");
    }
    if (name == QStringLiteral("Internal")) {
        return RunTargetChooser::tr("Internal");
    }
    if (name == QStringLiteral("Confidential")) {
        return RunTargetChooser::tr("Confidential");
    }
    if (name == QStringLiteral("Restricted")) {
        return RunTargetChooser::tr("Restricted");
    }
    return name;
}

} // namespace

RunTargetChooser::RunTargetChooser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runTargetChooser"));
    auto *targetLabel = new QLabel(tr("Sen&d to:"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("providerChooser"));
    m_target->setAccessibleName(tr("Provider and model"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    targetLabel->setBuddy(m_target);
    auto *classLabel = new QLabel(tr("Dat&a:"), this);
    m_dataClass = new QComboBox(this);
    m_dataClass->setObjectName(QStringLiteral("dataClassChooser"));
    m_dataClass->setAccessibleName(tr("Data class"));
    m_dataClass->setToolTip(tr("How sensitive the input is. Your company's policy decides which "
                               "services may receive each class; it is raised automatically "
                               "when the text contains certain personal data."));
    classLabel->setBuddy(m_dataClass);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(targetLabel);
    layout->addWidget(m_target, 1);
    layout->addWidget(classLabel);
    layout->addWidget(m_dataClass);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            m_target->setToolTip(current() ? current()->details() : QString());
            Q_EMIT targetChanged();
        }
    });
    connect(m_dataClass, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            Q_EMIT dataClassChanged(dataClass());
        }
    });
}

int RunTargetChooser::indexOf(const QString &providerId, const QString &model) const
{
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemData(i, kProviderRole).toString() == providerId &&
            m_target->itemData(i, kModelRole).toString() == model) {
            return i;
        }
    }
    return -1;
}

bool RunTargetChooser::setCatalogue(const Catalogue &catalogue, const QString &preferredProvider,
                                    const QString &preferredModel)
{
    const QString oldProvider = providerId();
    const QString oldModel = model();
    const bool hadChoice = m_target->count() > 0 && current();
    m_updating = true;
    m_catalogue = catalogue;
    m_target->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_target->model());
    for (const CatalogueModel &entry : catalogue.models) {
        // The built-in engine has one way of working: no model to pick.
        if (entry.basic && !entry.model.isEmpty()) {
            continue;
        }
        m_target->addItem(entry.displayName());
        const int row = m_target->count() - 1;
        m_target->setItemData(row, entry.providerId, kProviderRole);
        m_target->setItemData(row, entry.model, kModelRole);
        m_target->setItemData(row, entry.details(), Qt::ToolTipRole);
        if (!entry.allowed && items) {
            items->item(row)->setEnabled(false);
        }
    }
    const auto allowedAt = [items](int index) {
        return index >= 0 && (!items || items->item(index)->isEnabled());
    };
    int index = indexOf(oldProvider, oldModel);
    const bool kept = allowedAt(index);
    if (!kept) {
        index = indexOf(preferredProvider, preferredModel);
    }
    if (!allowedAt(index)) {
        index = indexOf(catalogue.defaultProviderId, QString());
    }
    if (!allowedAt(index)) {
        // The first allowed service, the built-in engine only when no other is allowed.
        index = -1;
        int basic = -1;
        for (int i = 0; i < m_target->count() && index < 0; ++i) {
            const CatalogueModel *entry =
                m_catalogue.find(m_target->itemData(i, kProviderRole).toString(),
                                 m_target->itemData(i, kModelRole).toString());
            if (!allowedAt(i)) {
                continue;
            }
            if (entry && entry->basic) {
                basic = basic < 0 ? i : basic;
            } else {
                index = i;
            }
        }
        if (index < 0) {
            index = basic;
        }
    }
    m_target->setCurrentIndex(index);
    m_target->setToolTip(current() ? current()->details() : QString());

    m_dataClass->clear();
    for (const QString &name : catalogue.dataClasses) {
        m_dataClass->addItem(name == catalogue.defaultDataClass
                                 ? tr("%1 (default)").arg(dataClassLabel(name))
                                 : dataClassLabel(name),
                             name);
    }
    m_dataClass->setCurrentIndex(qMax(0, m_dataClass->findData(catalogue.dataClass)));
    m_updating = false;
    return kept || !hadChoice;
}

void RunTargetChooser::setDataClass(const QString &dataClass)
{
    const int index = m_dataClass->findData(dataClass);
    if (index >= 0 && index != m_dataClass->currentIndex()) {
        m_updating = true;
        m_dataClass->setCurrentIndex(index);
        m_updating = false;
    }
}

QString RunTargetChooser::providerId() const
{
    return m_target->currentData(kProviderRole).toString();
}

QString RunTargetChooser::model() const
{
    return m_target->currentData(kModelRole).toString();
}

QString RunTargetChooser::dataClass() const
{
    return m_dataClass->currentData().toString();
}

const CatalogueModel *RunTargetChooser::current() const
{
    if (m_target->currentIndex() < 0) {
        return nullptr;
    }
    return m_catalogue.find(providerId(), model());
}

} // namespace promptdesk
