#include "secrets/memory_secret_store.h"

namespace promptdesk {

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(*it);
}

Result<void> MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
    return {};
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
    return {};
}

} // namespace promptdesk
