#include "cli/mpi_shards.hpp"

#include <cstdlib>

#ifdef CLUSTERTRADE_MPI
#include <mpi.h>
#endif

namespace clustertrade::cli {

#ifdef CLUSTERTRADE_MPI
namespace {
bool started = false;  // mpi_start initialised MPI
}
#endif

bool mpi_built() {
#ifdef CLUSTERTRADE_MPI
  return true;
#else
  return false;
#endif
}

MpiWorld mpi_start() {
  MpiWorld world;
#ifdef CLUSTERTRADE_MPI
  if (std::getenv("OMPI_COMM_WORLD_SIZE") == nullptr && std::getenv("PMI_SIZE") == nullptr) return world;
  if (!started) {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    started = true;
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &world.rank);
  MPI_Comm_size(MPI_COMM_WORLD, &world.size);
#endif
  return world;
}

std::vector<std::string> mpi_gather(const MpiWorld& world, const std::string& mine) {
  if (world.size == 1) return {mine};
#ifdef CLUSTERTRADE_MPI
  const long long length = static_cast<long long>(mine.size());
  std::vector<long long> lengths(world.rank == 0 ? world.size : 0);
  MPI_Gather(&length, 1, MPI_LONG_LONG, lengths.data(), 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
  std::vector<int> counts, offsets;
  std::string all;
  if (world.rank == 0) {
    long long total = 0;
    for (long long n : lengths) {
      counts.push_back(static_cast<int>(n));
      offsets.push_back(static_cast<int>(total));
      total += n;
    }
    all.resize(static_cast<std::size_t>(total));
  }
  MPI_Gatherv(mine.data(), static_cast<int>(mine.size()), MPI_CHAR, all.data(), counts.data(), offsets.data(), MPI_CHAR,
              0, MPI_COMM_WORLD);
  std::vector<std::string> out;
  if (world.rank == 0)
    for (int r = 0; r < world.size; ++r)
      out.push_back(all.substr(static_cast<std::size_t>(offsets[r]), static_cast<std::size_t>(counts[r])));
  return out;
#else
  return {mine};
#endif
}

void mpi_stop() {
#ifdef CLUSTERTRADE_MPI
  if (started) MPI_Finalize();
  started = false;
#endif
}

void mpi_abort(int code) {
#ifdef CLUSTERTRADE_MPI
  if (started) MPI_Abort(MPI_COMM_WORLD, code);
#else
  (void)code;
#endif
}

}  // namespace clustertrade::cli
