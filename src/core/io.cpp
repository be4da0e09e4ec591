#include "core/io.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade {

namespace {

// The temporary files being written, for the signal handler to remove: a fixed table of slots
// (no allocation, async-signal-safe reads), each a NUL-terminated path or empty.
constexpr std::size_t kTempSlots = 32;
constexpr std::size_t kTempPathMax = 4096;
char g_temp_paths[kTempSlots][kTempPathMax];
volatile std::sig_atomic_t g_temp_used[kTempSlots];

extern "C" void remove_temp_files_and_die(int signal_number) {
  for (std::size_t i = 0; i < kTempSlots; ++i)
    if (g_temp_used[i]) ::unlink(g_temp_paths[i]);
  std::signal(signal_number, SIG_DFL);  // then die of the signal as if not caught
  std::raise(signal_number);
}

// Installs the handler for SIGINT, SIGTERM and SIGHUP once (keeping an ignored signal ignored).
void install_temp_cleanup() {
  static const bool installed = [] {
    for (const int s : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      ::sigaction(s, nullptr, &old);
      if (old.sa_handler == SIG_IGN) continue;
      struct sigaction action {};
      action.sa_handler = remove_temp_files_and_die;
      sigemptyset(&action.sa_mask);
      ::sigaction(s, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

}  // namespace

TempFileGuard::TempFileGuard(const std::string& path) {
  install_temp_cleanup();
  if (path.empty() || path.size() >= kTempPathMax) return;
  for (std::size_t i = 0; i < kTempSlots; ++i)
    if (!g_temp_used[i]) {
      std::memcpy(g_temp_paths[i], path.c_str(), path.size() + 1);
      g_temp_used[i] = 1;
      slot_ = i;
      return;
    }
}

TempFileGuard::~TempFileGuard() {
  if (slot_ < kTempSlots) g_temp_used[slot_] = 0;
}

void check_output_target(const std::filesystem::path& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return;
    throw OutputError("cannot write '" + path.string() + "': " + std::strerror(errno));
  }
  if (S_ISLNK(info.st_mode))
    throw OutputError("'" + path.string() + "' is a symbolic link; refusing to replace it (give the real path)");
  if (S_ISDIR(info.st_mode)) throw OutputError("'" + path.string() + "' is a folder; give a file name");
  if (!S_ISREG(info.st_mode))
    throw OutputError("'" + path.string() +
                      "' exists and is not a regular file (a device, FIFO or socket); "
                      "refusing to replace it");
}

namespace {

// A temporary file written beside its target, registered for removal on a signal.
struct StagedFile {
  std::filesystem::path target;
  std::string tmp;
  std::unique_ptr<TempFileGuard> guard;
};

// Writes `contents` to a fresh temporary file beside `path` (mode 0666 minus the umask) and
// returns it, or throws OutputError naming `path` with nothing left behind.
StagedFile stage_file(const std::filesystem::path& path, std::string_view contents) {
  namespace fs = std::filesystem;
  check_output_target(path);
  if (path.filename().empty()) throw OutputError("'" + path.string() + "' names a folder; give a file name");
  if (path.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw OutputError("cannot create the folder '" + path.parent_path().string() + "': " + ec.message());
  }
  StagedFile staged{path, path.string() + ".tmp.XXXXXX", nullptr};
  // Signals are blocked while the temporary file is created and registered, so that a signal
  // arriving in between cannot leave it behind.
  sigset_t blocked, previous;
  sigemptyset(&blocked);
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&blocked, s);
  ::sigprocmask(SIG_BLOCK, &blocked, &previous);
  const int fd = ::mkstemp(staged.tmp.data());
  const int mkstemp_errno = errno;
  if (fd >= 0) staged.guard = std::make_unique<TempFileGuard>(staged.tmp);
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) throw OutputError("cannot write '" + path.string() + "': " + std::strerror(mkstemp_errno));
  auto fail = [&](int code) {
    ::close(fd);
    ::unlink(staged.tmp.c_str());
    throw OutputError("cannot write '" + path.string() + "': " + std::strerror(code));
  };
  std::size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  // Permissions as a plain open() would give (mkstemp makes 0600): 0666 minus the umask.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) fail(errno);
  if (::close(fd) != 0) {
    const int code = errno;
    ::unlink(staged.tmp.c_str());
    throw OutputError("cannot write '" + path.string() + "': " + std::strerror(code));
  }
  return staged;
}

// Renames the temporary file over its target (or removes it and throws OutputError).
void commit_file(const StagedFile& staged) {
  // The target may have been replaced by a non-file since the check; rename() would replace a
  // symbolic link itself (never its target), so the remaining race cannot write through a link.
  if (::rename(staged.tmp.c_str(), staged.target.c_str()) != 0) {
    const int code = errno;
    ::unlink(staged.tmp.c_str());
    throw OutputError("cannot write '" + staged.target.string() + "': " + std::strerror(code));
  }
}

}  // namespace

void probe_output_file(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  check_output_target(path);
  if (path.filename().empty()) throw OutputError("'" + path.string() + "' names a folder; give a file name");
  fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    // The folder would be created: its nearest existing ancestor must be a writable folder.
    dir = fs::absolute(dir, ec);
    while (dir.has_parent_path() && dir.parent_path() != dir && !fs::exists(dir, ec)) dir = dir.parent_path();
    // Really try: a folder created (and removed again) where the missing one would go (access()
    // says yes for root in /proc, where mkdir fails).
    std::string probe = (dir / ".clustertrade-probe.XXXXXX").string();
    if (!fs::is_directory(dir, ec) || ::mkdtemp(probe.data()) == nullptr)
      throw OutputError("cannot write '" + path.string() + "': cannot create its folder in '" + dir.string() + "'");
    ::rmdir(probe.c_str());
    return;
  }
  if (!fs::is_directory(dir, ec))
    throw OutputError("cannot write '" + path.string() + "': '" + dir.string() + "' is not a folder");
  const StagedFile staged = stage_file(path, {});
  ::unlink(staged.tmp.c_str());
}

void write_file_atomic(const std::filesystem::path& path, std::string_view contents) {
  commit_file(stage_file(path, contents));
}

void write_files_atomic(const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  for (const auto& [path, contents] : files) check_output_target(path);
  std::vector<StagedFile> staged;
  try {
    for (const auto& [path, contents] : files) staged.push_back(stage_file(path, contents));
  } catch (...) {
    for (const auto& s : staged) ::unlink(s.tmp.c_str());
    throw;
  }
  for (std::size_t i = 0; i < staged.size(); ++i) {
    try {
      commit_file(staged[i]);
    } catch (...) {
      for (std::size_t j = i + 1; j < staged.size(); ++j) ::unlink(staged[j].tmp.c_str());
      throw;
    }
  }
}

void write_json_atomic(const std::filesystem::path& path, const nlohmann::json& doc) {
  write_file_atomic(path, doc.dump(2) + "\n");
}

std::string read_text_file(const std::filesystem::path& path, std::size_t limit) {
  const bool from_stdin = path == "-";
  std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!file)
    throw InvalidInput(path.string(), std::string("cannot open the file for reading: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(::fileno(file), &info) == 0 && S_ISDIR(info.st_mode)) {
    if (!from_stdin) std::fclose(file);
    throw InvalidInput(path.string(), "is a folder, not a file");
  }
  std::string text;
  std::vector<char> buffer(1 << 16);
  while (true) {
    const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
    text.append(buffer.data(), n);
    if (text.size() > limit) {
      if (!from_stdin) std::fclose(file);
      throw InvalidInput(path.string(), "larger than the input limit of " + std::to_string(limit) + " bytes (" +
                                            std::to_string(limit >> 20) + " MiB)");
    }
    if (n < buffer.size()) break;
  }
  const bool failed = std::ferror(file) != 0;
  const int code = errno;
  if (!from_stdin) std::fclose(file);
  if (failed) throw InvalidInput(path.string(), std::string("read failed: ") + std::strerror(code));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // UTF-8 byte-order mark
  return text;
}

CsvTable::CsvTable(std::vector<std::string> header) : header_(std::move(header)) {}

void CsvTable::comment(std::string text) { comments_.push_back(std::move(text)); }

void CsvTable::add_row(std::vector<CsvCell> row) {
  if (row.size() != header_.size())
    throw std::logic_error("CsvTable row has " + std::to_string(row.size()) + " cells for " +
                           std::to_string(header_.size()) + " columns");
  rows_.push_back(std::move(row));
}

namespace {

std::string quote_if_needed(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string cell_text(const CsvCell& cell) {
  if (const double* number = std::get_if<double>(&cell)) return format_double(*number);
  return quote_if_needed(std::get<std::string>(cell));
}

}  // namespace

std::string CsvTable::str() const {
  std::string out;
  // Appended piece by piece: `"," + text` triggers a false -Wrestrict in GCC 12.
  for (const auto& line : comments_) out.append("# ").append(line).append("\n");
  for (std::size_t c = 0; c < header_.size(); ++c) out.append(c ? "," : "").append(quote_if_needed(header_[c]));
  out += "\n";
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size(); ++c) out.append(c ? "," : "").append(cell_text(row[c]));
    out += "\n";
  }
  return out;
}

nlohmann::json CsvTable::to_json() const {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : rows_) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (const double* number = std::get_if<double>(&row[c]))
        object[header_[c]] = std::isfinite(*number) ? nlohmann::json(*number) : nlohmann::json(nullptr);
      else
        object[header_[c]] = std::get<std::string>(row[c]);
    }
    rows.push_back(std::move(object));
  }
  return rows;
}

std::string build_commit() {
  const char* commit = std::getenv("CLUSTERTRADE_COMMIT");
  return (commit && *commit) ? std::string(commit) : std::string("unknown");
}

}  // namespace clustertrade
