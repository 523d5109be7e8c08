// libFuzzer target for Jwt::decode (upload tokens, read without verifying the signature):
// malformed tokens must be errors, never crashes; a decoded token answers every question.
#include "FuzzSupport.h"
#include "upload/Jwt.h"

#include <QDateTime>

using namespace apkdesk;
using apkdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto jwt = Jwt::decode(fuzz::bytesOf(data, size));
    if (!jwt.ok()) {
        check(!jwt.error().message().isEmpty(), "a JWT error has a message");
        return 0;
    }
    (void)jwt->algorithm();
    (void)jwt->keyId();
    (void)jwt->issuer();
    (void)jwt->subject();
    (void)jwt->audience();
    (void)jwt->summary();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const Jwt::State state = jwt->stateAt(now);
    const Status usable = jwt->checkUsable(now);
    // An upload may start only for a token that is valid now and beyond the margin.
    check(usable.ok() == (state == Jwt::State::Valid), "checkUsable agrees with stateAt");
    return 0;
}
