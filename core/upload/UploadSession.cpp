#include "upload/UploadSession.h"

#include "common/Logging.h"
#include "upload/PackageUploader.h"
#include "upload/UploadHistory.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace apkdesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("apkdesk::UploadSession", text, nullptr, n);
}

const QString kNoarch = QStringLiteral("noarch");

} // namespace

int UploadPlan::refusedCount() const
{
    return int(std::count_if(states.begin(), states.end(), [](const PackageUploadState &s) {
        return s.stage == PackageUploadState::Stage::Refused;
    }));
}

Result<UploadPlan> UploadPlan::make(const ServerProfile &profile, const QList<UploadPackage> &packages,
                                    const UploadOptions &options)
{
    const bool gitea = profile.kind == ServerProfile::Kind::Gitea;
    UploadTarget base;
    base.version = options.version.isEmpty() ? profile.defaults.version : options.version;
    base.repo = options.repo.isEmpty() ? profile.defaults.repo : options.repo;
    if (auto s = checkPathComponent(base.version, gitea ? tr("branch") : tr("Alpine version")); !s)
        return s.error();
    if (auto s = checkPathComponent(base.repo, gitea ? tr("repository") : tr("repository")); !s)
        return s.error();
    if (!options.arch.isEmpty()) {
        if (auto s = checkPathComponent(options.arch, tr("architecture")); !s)
            return s.error();
    }

    UploadPlan plan;
    QSet<QString> seenFiles;
    QSet<QString> seenPackages;
    for (const UploadPackage &package : packages) {
        PackageUploadState state;
        state.stage = PackageUploadState::Stage::Waiting;
        state.target = base;
        if (options.repo.isEmpty() && !package.layoutRepo.isEmpty()) {
            state.target.repo = package.layoutRepo;
            if (auto s = checkPathComponent(state.target.repo, tr("repository")); !s)
                return s.error();
        }
        const auto refuse = [&](const QString &why) {
            state.stage = PackageUploadState::Stage::Refused;
            state.message = why;
        };
        if (!package.isSendable(options.allowUntrusted)) {
            refuse(package.verdict.kind == PackageVerdict::Kind::Untrusted
                           || package.verdict.kind == PackageVerdict::Kind::Unsigned
                       ? tr("Not sent: %1. Trust the signing key first, or allow untrusted "
                            "packages.")
                             .arg(package.verdict.describe())
                       : tr("Not sent: %1.").arg(package.verdict.describe()));
        } else if (package.name.isEmpty() || package.version.isEmpty() || package.identity.isEmpty()) {
            refuse(tr("Not sent: the package has no name, version or checksum."));
        } else {
            const QString own = package.arch.isEmpty() ? kNoarch : package.arch;
            const QString wanted = options.arch.isEmpty() ? package.layoutArch : options.arch;
            QString arch;
            if (gitea)
                arch = own; // Gitea files a package under the arch of its .PKGINFO, always
            else if (!wanted.isEmpty())
                arch = wanted;
            else
                arch = own == kNoarch ? profile.defaults.arch : own;
            state.target.arch = arch;
            if (own != kNoarch && !wanted.isEmpty() && own != wanted)
                refuse(tr("Not sent: the package is built for %1, the target is %2.").arg(own, wanted));
            else if (auto s = checkPathComponent(arch, tr("architecture")); !s)
                refuse(s.error().message());
        }
        if (state.stage != PackageUploadState::Stage::Refused) {
            const QString fileKey = state.target.toString() + QLatin1Char('/') + package.fileName;
            const QString packageKey = state.target.toString() + QLatin1Char('/') + package.nameVersion();
            if (seenFiles.contains(fileKey) || seenPackages.contains(packageKey))
                refuse(tr("Not sent: the same package (%1) is already in this upload for %2.")
                           .arg(package.nameVersion(), state.target.toString()));
            seenFiles.insert(fileKey);
            seenPackages.insert(packageKey);
        }
        plan.states << state;
    }
    for (int row = 0; row < plan.states.size(); ++row) {
        const PackageUploadState &state = plan.states.at(row);
        if (state.stage == PackageUploadState::Stage::Refused)
            continue;
        auto it = std::find_if(plan.batches.begin(), plan.batches.end(),
                               [&](const UploadBatch &b) { return b.target == state.target; });
        if (it == plan.batches.end()) {
            plan.batches << UploadBatch { state.target, {} };
            it = plan.batches.end() - 1;
        }
        it->packages << row;
    }
    return plan;
}

UploadSession::UploadSession(NetworkAccess *access, ServerProfile profile, QByteArray token, TrustStore trust,
                             QObject *parent)
    : QObject(parent), m_access(access), m_profile(std::move(profile)), m_token(token.trimmed()),
      m_trust(std::move(trust))
{ }

UploadSession::~UploadSession() = default;

void UploadSession::setPackages(const QList<UploadPackage> &packages)
{
    if (m_running)
        return;
    m_packages = packages;
    m_states = QList<PackageUploadState>(packages.size());
}

qint64 UploadSession::totalBytes() const
{
    qint64 total = 0;
    for (int row = 0; row < m_packages.size(); ++row)
        if (m_states.value(row).stage != PackageUploadState::Stage::Refused)
            total += m_packages.at(row).size;
    return total;
}

qint64 UploadSession::sentBytes() const
{
    qint64 sent = 0;
    for (const PackageUploadState &state : m_states)
        sent += state.bytesSent;
    return sent;
}

void UploadSession::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_stopAll = false;
    m_result = {};
    QTimer::singleShot(0, this, [this] {
        auto plan = UploadPlan::make(m_profile, m_packages, m_options);
        if (!plan) {
            m_result = plan.error();
            m_running = false;
            Q_EMIT finished(m_result);
            return;
        }
        m_states = plan->states;
        m_batches = plan->batches;
        for (int row = 0; row < m_states.size(); ++row)
            Q_EMIT packageChanged(row);
        m_batch = -1;
        runBatch();
    });
}

void UploadSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_uploader)
        m_uploader->cancel();
    if (m_verifier)
        m_verifier->cancel();
}

void UploadSession::setStage(int row, PackageUploadState::Stage stage, const QString &message)
{
    PackageUploadState &state = m_states[row];
    state.stage = stage;
    if (!message.isNull())
        state.message = message;
    if (stage == PackageUploadState::Stage::Confirmed)
        state.packageUrl = m_profile.repositoryUrl(state.target)
                               .resolved(QUrl(m_profile.kind == ServerProfile::Kind::Gitea
                                                  ? m_packages.at(row).nameVersion() + QStringLiteral(".apk")
                                                  : m_packages.at(row).fileName));
    Q_EMIT packageChanged(row);
}

void UploadSession::runBatch()
{
    ++m_batch;
    if (m_batch >= m_batches.size() || m_cancelled || m_stopAll) {
        for (int row = 0; row < m_states.size(); ++row) {
            if (m_states.at(row).stage == PackageUploadState::Stage::Waiting)
                setStage(row,
                         m_cancelled ? PackageUploadState::Stage::Cancelled
                                     : PackageUploadState::Stage::Failed,
                         m_cancelled ? tr("Cancelled before it was sent.")
                                     : tr("Not sent after the earlier refusal."));
        }
        return finishSession();
    }
    const UploadBatch &batch = m_batches.at(m_batch);
    QList<UploadPackage> packages;
    for (int row : batch.packages) {
        packages << m_packages.at(row);
        setStage(row, PackageUploadState::Stage::Sending, QString());
    }
    Q_EMIT statusMessage(
        tr("Uploading %n package(s) to %1", nullptr, int(packages.size())).arg(batch.target.toString()));
    auto uploader = PackageUploader::create(m_access, m_profile, m_token, this);
    m_uploader = uploader.release();
    connect(m_uploader, &PackageUploader::statusMessage, this, &UploadSession::statusMessage);
    connect(m_uploader, &PackageUploader::packageProgress, this, [this](int index, qint64 sent, qint64) {
        const int row = m_batches.at(m_batch).packages.value(index, -1);
        if (row < 0)
            return;
        m_states[row].bytesSent = sent;
        Q_EMIT packageChanged(row);
        Q_EMIT progress(sentBytes(), totalBytes());
    });
    connect(m_uploader, &PackageUploader::packageFinished, this, [this](int index, const Status &status) {
        const int row = m_batches.at(m_batch).packages.value(index, -1);
        if (row < 0)
            return;
        if (status) {
            m_states[row].bytesSent = m_packages.at(row).size;
            m_states[row].accepted = true;
            setStage(row, PackageUploadState::Stage::Sent, tr("Accepted by the server."));
        } else {
            setStage(row,
                     status.error().kind() == Error::Kind::Cancelled ? PackageUploadState::Stage::Cancelled
                                                                     : PackageUploadState::Stage::Failed,
                     status.error().message());
        }
    });
    connect(m_uploader, &PackageUploader::finished, this, &UploadSession::onBatchUploaded);
    m_uploader->start(batch.target, packages);
}

void UploadSession::onBatchUploaded(const Status &status)
{
    if (m_uploader)
        m_uploader->deleteLater();
    const UploadBatch &batch = m_batches.at(m_batch);
    if (!status) {
        const Error::Kind kind = status.error().kind();
        // A refused token or transport would be refused for every other batch too.
        if (kind == Error::Kind::Auth || kind == Error::Kind::Unsafe || kind == Error::Kind::Format
            || kind == Error::Kind::Cancelled)
            m_stopAll = true;
        for (int row : batch.packages) {
            if (m_states.at(row).stage == PackageUploadState::Stage::Sending)
                setStage(row,
                         kind == Error::Kind::Cancelled ? PackageUploadState::Stage::Cancelled
                                                        : PackageUploadState::Stage::Failed,
                         status.error().message());
        }
    }
    QList<UploadPackage> sent;
    for (int row : batch.packages)
        if (m_states.at(row).stage == PackageUploadState::Stage::Sent)
            sent << m_packages.at(row);
    if (sent.isEmpty() || !m_options.verifyAfterUpload || m_cancelled)
        return runBatch();
    Q_EMIT statusMessage(tr("Checking the server's index for %1").arg(batch.target.toString()));
    m_verifier = new UploadVerifier(m_access, m_profile, m_token, m_trust, this);
    connect(m_verifier, &UploadVerifier::finished, this, &UploadSession::onVerified);
    m_verifier->verify(batch.target, sent);
}

void UploadSession::onVerified(const UploadVerification &verification)
{
    if (m_verifier)
        m_verifier->deleteLater();
    const UploadBatch &batch = m_batches.at(m_batch);
    int index = 0;
    for (int row : batch.packages) {
        if (m_states.at(row).stage != PackageUploadState::Stage::Sent)
            continue;
        const Status packageStatus = verification.packages.value(
            index++, verification.status ? Status() : Status(verification.status.error()));
        if (packageStatus)
            setStage(row, PackageUploadState::Stage::Confirmed,
                     tr("In the server's index with the same checksum (%1).").arg(verification.indexSummary));
        else
            setStage(row, PackageUploadState::Stage::Failed, packageStatus.error().message());
    }
    runBatch();
}

void UploadSession::finishSession()
{
    int confirmed = 0;
    int problems = 0;
    int cancelled = 0;
    QString firstProblem;
    for (const PackageUploadState &state : std::as_const(m_states)) {
        switch (state.stage) {
        case PackageUploadState::Stage::Confirmed: ++confirmed; break;
        case PackageUploadState::Stage::Sent:
            if (!m_options.verifyAfterUpload) {
                ++confirmed;
                break;
            }
            [[fallthrough]];
        case PackageUploadState::Stage::Cancelled: ++cancelled; break;
        default:
            if (firstProblem.isEmpty())
                firstProblem = state.message;
            ++problems;
        }
    }
    if (m_cancelled)
        m_result = Error::cancelled();
    else if (problems > 0)
        m_result = Error(Error::Kind::Generic,
                         tr("%n package(s) not uploaded or not confirmed. First: %1", nullptr, problems)
                             .arg(firstProblem));
    else
        m_result = {};
    Q_UNUSED(cancelled)
    qCInfo(lcUpload) << "upload finished:" << confirmed << "confirmed," << problems << "problem(s)";
    if (m_options.recordHistory)
        recordHistory();
    m_running = false;
    Q_EMIT finished(m_result);
}

QString UploadSession::summary() const
{
    int confirmed = 0;
    for (const PackageUploadState &state : m_states)
        confirmed += state.stage == PackageUploadState::Stage::Confirmed;
    return tr("%1 of %n package(s) confirmed by the server's index", nullptr, int(m_states.size()))
        .arg(confirmed);
}

void UploadSession::recordHistory()
{
    UploadRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.profileId = m_profile.id;
    record.server = m_profile.baseUrl.toDisplayString();
    record.kind = ServerProfile::kindName(m_profile.kind);
    record.success = m_result.ok();
    record.summary = m_result ? summary() : m_result.error().message();
    for (int row = 0; row < m_packages.size(); ++row) {
        const UploadPackage &package = m_packages.at(row);
        const PackageUploadState &state = m_states.at(row);
        record.items << UploadRecord::Item { package.fileName,
                                             package.nameVersion(),
                                             package.identity,
                                             state.target.arch.isEmpty() ? QString()
                                                                         : state.target.toString(),
                                             PackageUploadState::stageName(state.stage),
                                             state.message };
    }
    if (auto status = UploadHistory(m_options.historyPath).append(record); !status)
        qCWarning(lcUpload) << "could not record the upload history:" << status.error().toString();
}

} // namespace apkdesk
