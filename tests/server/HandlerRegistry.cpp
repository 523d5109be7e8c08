#include "HandlerRegistry.h"

#include <QDir>
#include <QFileInfo>

namespace apkdesk::testserver {

QString ServerContext::resolve(const QString &requestPath) const
{
    const QString cleaned = QDir::cleanPath(QStringLiteral("/") + requestPath);
    if (cleaned.contains(QLatin1String("/../")) || cleaned.endsWith(QLatin1String("/.."))
        || cleaned.contains(QChar(0)))
        return {};
    const QString path = root + cleaned;
    // Symlinks inside the served folder must not lead out of it.
    const QFileInfo info(path);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (canonical != canonicalRoot && !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
            return {};
    }
    return path;
}

HandlerRegistry &HandlerRegistry::instance()
{
    static HandlerRegistry registry;
    return registry;
}

bool HandlerRegistry::add(std::function<std::unique_ptr<Handler>()> factory)
{
    m_factories.push_back(std::move(factory));
    return true;
}

std::vector<std::unique_ptr<Handler>> HandlerRegistry::createAll() const
{
    std::vector<std::unique_ptr<Handler>> handlers;
    for (const auto &factory : m_factories)
        handlers.push_back(factory());
    return handlers;
}

} // namespace apkdesk::testserver
