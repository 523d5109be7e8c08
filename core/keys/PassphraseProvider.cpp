#include "keys/PassphraseProvider.h"

namespace apkdesk {

PassphraseProvider::~PassphraseProvider() = default;

} // namespace apkdesk
