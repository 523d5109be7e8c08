#pragma once

#include <apkdesk/core_export.h>

#include <QString>

#include <functional>
#include <optional>

namespace apkdesk {

// What core tells the front end when it needs a passphrase for a private key.
struct PassphraseRequest
{
    QString keyPath; // the private key file
    QString keyName; // e.g. "alice-6b0ae07e.rsa"
    QString fingerprint; // of the public half when known, else empty
    int attempt = 1; // 2, 3... after a wrong passphrase
    QString previousError; // "wrong passphrase" on a retry, else empty
};

// Core never talks to the user: it asks through this interface. The GUI shows a dialog
// (asynchronously), the CLI reads an environment variable, a file descriptor or the tty.
// `reply` receives the passphrase, or std::nullopt when the user cancelled; it may be
// called before requestPassphrase() returns.
class APKDESK_CORE_EXPORT PassphraseProvider
{
public:
    struct Answer
    {
        QString passphrase;
        bool remember = false; // store it in the keychain (SecretStore) once it worked
    };
    using Reply = std::function<void(std::optional<Answer>)>;

    virtual ~PassphraseProvider();
    virtual void requestPassphrase(const PassphraseRequest &request, Reply reply) = 0;
};

} // namespace apkdesk
