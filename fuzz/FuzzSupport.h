#pragma once
// Helpers shared by the libFuzzer targets: a property that does not hold aborts, which
// libFuzzer reports as a crash with the input that broke it.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace apkdesk::fuzz {

inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// /work/shared or $APKDESK_SHARED_DIR: the fixtures some targets load once (trusted keys).
inline QString sharedDir()
{
    const QByteArray env = qgetenv("APKDESK_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(APKDESK_FUZZ_SHARED_DIR) : QString::fromLocal8Bit(env);
}

} // namespace apkdesk::fuzz
