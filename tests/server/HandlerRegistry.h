#pragma once

// The extension point of apkdesk-testserver. A handler lives in tests/server/handlers/<Name>.cpp
// (globbed into the server executable) and registers itself:
//
//   class ReposerveUpload : public apkdesk::testserver::Handler {
//       bool matches(const HttpRequest &r) const override { return r.method == "POST" && r.path == "/upload";
//       } HttpResponse handle(const HttpRequest &r, ServerContext &ctx) override { ... }
//   };
//   APKDESK_TESTSERVER_HANDLER(ReposerveUpload)
//
// Handlers are asked in registration order before the static file serving; fault modes set
// for a path prefix apply to handler answers too (a `drop-upload` fault closes the connection
// before the body is read). Handlers run on the server's only thread: blocking work (running
// apkdesk-cli index build through QProcess::execute) is fine.

#include "HttpTypes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace apkdesk::testserver {

struct ServerContext
{
    QString root; // the served folder (absolute, no trailing '/')
    QString binDir; // folder of apkdesk-testserver (apkdesk-cli is next to it)
    QMap<QString, QString> options; // every `--option key=value` of the command line

    QString option(const QString &key, const QString &fallback = {}) const
    {
        return options.value(key, fallback);
    }
    // Safe absolute path under root for a request path, or empty when it would escape.
    QString resolve(const QString &requestPath) const;
};

class Handler
{
public:
    virtual ~Handler() = default;
    virtual QString name() const = 0;
    virtual bool matches(const HttpRequest &request) const = 0;
    virtual HttpResponse handle(const HttpRequest &request, ServerContext &context) = 0;
};

class HandlerRegistry
{
public:
    static HandlerRegistry &instance();
    bool add(std::function<std::unique_ptr<Handler>()> factory);
    std::vector<std::unique_ptr<Handler>> createAll() const;

private:
    std::vector<std::function<std::unique_ptr<Handler>()>> m_factories;
};

} // namespace apkdesk::testserver

#define APKDESK_TESTSERVER_HANDLER(Class)                                                                    \
    namespace {                                                                                              \
    const bool registered_##Class = ::apkdesk::testserver::HandlerRegistry::instance().add(                  \
        [] { return std::unique_ptr<::apkdesk::testserver::Handler>(new Class); });                          \
    }
