#pragma once

#include "indexes/IndexReader.h"

#include <QLabel>

namespace apkdesk::ui {

// The verdict on an index's signature as a coloured strip: green when a trusted key signed
// it, amber for an unknown key or no signature, red for a signature that does not verify.
class SignatureBadge : public QLabel
{
    Q_OBJECT

public:
    explicit SignatureBadge(QWidget *parent = nullptr);

    void setVerdict(const SignatureVerdict &verdict, bool browsingUntrusted);
    void clearVerdict();

    // "Trusted: fixture-6b0ae07e.rsa.pub" and friends: the badge's text, for tests and tooltips.
    static QString title(const SignatureVerdict &verdict);
};

} // namespace apkdesk::ui
