#pragma once

#include "common/Error.h"
#include "upload/Jwt.h"
#include "upload/ServerProfile.h"

#include <QByteArray>
#include <optional>

namespace apkdesk {

// Turns what an upload server answered into a sentence a person can act on. The server's
// own words stay in the message (after "Server said:") so nothing is lost.
namespace UploadErrors {

// reposerve's 401 bodies: "Missing bearer token", "ExpiredSignature", "InvalidSignature",
// "Unknown key id <kid>", "Claim <c> is not in the token", "Expected claim <c> == <v>".
// `token` (decoded locally) adds what the token actually carries for the claim mismatch.
APKDESK_CORE_EXPORT Error reposerveUnauthorized(const QByteArray &body, const std::optional<Jwt> &token);

// Any non-success status of an upload request, for either kind of server.
APKDESK_CORE_EXPORT Error forStatus(ServerProfile::Kind kind, int status, const QByteArray &body,
                                    const std::optional<Jwt> &token = std::nullopt);

// The text/plain body, cleaned for display: one line, at most 300 characters.
APKDESK_CORE_EXPORT QString serverText(const QByteArray &body);

} // namespace UploadErrors

} // namespace apkdesk
