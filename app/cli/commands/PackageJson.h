#pragma once

#include "packages/ApkPackage.h"

#include <QJsonObject>

namespace apkdesk::cli {

// The JSON form of a read package, shared by `inspect --json` and `verify --json`.
QJsonObject packageToJson(const ApkPackage &package, bool withEntries);
QJsonObject verdictToJson(const PackageVerdict &verdict);

} // namespace apkdesk::cli
