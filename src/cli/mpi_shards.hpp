/// \file mpi_shards.hpp
/// \brief Optional MPI for `clustertrade prove` (CMake -DCLUSTERTRADE_MPI=ON): under mpirun each
/// rank runs shard rank/size and rank 0 gathers the tallies. Without MPI (or outside mpirun) the
/// world is one process.
#pragma once

#include <string>
#include <vector>

namespace clustertrade::cli {

/// This process's place in the MPI world ({0, 1} without MPI).
struct MpiWorld {
  int rank = 0;  ///< this rank
  int size = 1;  ///< number of ranks
};

/// Starts MPI when the program was built with it and runs under mpirun (OMPI_COMM_WORLD_SIZE or
/// PMI_SIZE set); otherwise returns {0, 1} and does nothing. Safe to call once per process.
/// \return this process's rank and the number of ranks
MpiWorld mpi_start();
/// Gathers one string per rank to rank 0, in rank order (other ranks get an empty vector).
/// \param world this process's place (from mpi_start()) \param mine this rank's string
/// \return on rank 0 every rank's string, indexed by rank; elsewhere empty
std::vector<std::string> mpi_gather(const MpiWorld& world, const std::string& mine);
/// Finalises MPI if mpi_start started it.
void mpi_stop();
/// Aborts every rank (after an error on one of them) with `code`, or returns when MPI is not running.
/// \param code the exit status passed to MPI_Abort
void mpi_abort(int code);
/// \return true when this build has MPI support
bool mpi_built();

}  // namespace clustertrade::cli
