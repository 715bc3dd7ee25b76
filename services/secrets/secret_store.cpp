#include "secrets/secret_store.h"

#include <QMetaObject>
#include <QObject>

namespace promptdesk {

void SecretStore::readLater(const QString &key, QObject *context, ReadAnswer done)
{
    QMetaObject::invokeMethod(
        context, [this, key, done = std::move(done)] { done(read(key)); }, Qt::QueuedConnection);
}

} // namespace promptdesk
