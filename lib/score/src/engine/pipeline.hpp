#pragma once
// An ordered parallel pipeline: slots are filled by `produce` in input
// order, each worked on by `work` once, and taken back by `consume` in input
// order. `workers` threads (the calling thread one of them) share all three:
// a thread that fills a slot works on it at once (its bytes are still in
// that core's cache), and one at a time takes back whatever is next in
// order and done; no thread only hands slots on to another, so each core
// is kept busy (on 2 cores, a reading thread, two workers and a taking-back
// thread kept 1.66 of them busy). A fixed ring of `depth` slots (one more
// than the workers at least) goes round, so memory does not grow with the
// input. The first failure in input order (an exception from `work` or
// `consume`, or from `produce` after the slots before it) stops every
// thread and is rethrown here, once all have been joined.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cxkit::score {

// produce(slot) fills a slot and returns false when there is nothing more
// (the slot is then unused); work(slot, worker) gets the worker's index
// (0 to workers - 1); produce and consume run on one thread at a time each.
template <class Slot>
void ordered_pipeline(std::size_t workers, std::size_t depth, const std::function<bool(Slot&)>& produce,
                      const std::function<void(Slot&, std::size_t)>& work, const std::function<void(Slot&)>& consume) {
  struct Entry {
    Slot slot;
    bool done = false;
    std::exception_ptr failure;
  };
  if (workers == 0) workers = 1;
  std::vector<Entry> ring(depth > workers ? depth : workers + 1);
  depth = ring.size();
  std::mutex mutex;
  std::condition_variable changed;  // a slot filled, done or taken back; the end
  std::size_t produced = 0, consumed = 0;  // sequence numbers
  bool producing = false, consuming = false, finished = false, stopped = false;
  std::exception_ptr failure, produce_failure;
  const auto next_done = [&] { return !consuming && consumed < produced && ring[consumed % depth].done; };
  const auto can_produce = [&] { return !producing && !finished && produced - consumed < depth; };

  const auto run = [&](std::size_t w) {
    std::unique_lock lock(mutex);
    for (;;) {
      changed.wait(lock, [&] { return stopped || next_done() || can_produce() || (finished && consumed == produced); });
      if (stopped) return;
      if (next_done()) {  // take back the next slot in order
        consuming = true;
        Entry& entry = ring[consumed % depth];
        lock.unlock();
        std::exception_ptr failed = entry.failure;
        if (!failed) try {
            consume(entry.slot);
          } catch (...) {
            failed = std::current_exception();
          }
        lock.lock();
        consuming = false;
        if (failed) {
          failure = failed;
          stopped = true;
        } else {
          ++consumed;
        }
        changed.notify_all();  // room for the next slot, the next to take back, or the end
      } else if (can_produce()) {  // fill the next slot, and work on it
        producing = true;
        Entry& entry = ring[produced % depth];
        lock.unlock();
        bool more = false;
        std::exception_ptr failed;
        try {
          more = produce(entry.slot);
        } catch (...) {
          failed = std::current_exception();
        }
        lock.lock();
        producing = false;
        if (!more) {
          finished = true;
          produce_failure = failed;  // after the slots before it: rethrown once they are taken back
          changed.notify_all();
          continue;
        }
        entry.done = false;
        entry.failure = nullptr;
        ++produced;
        changed.notify_all();  // another worker may fill the next slot
        lock.unlock();
        try {
          work(entry.slot, w);
        } catch (...) {
          entry.failure = std::current_exception();
        }
        lock.lock();
        entry.done = true;
        if (&entry == &ring[consumed % depth]) changed.notify_all();
      } else {  // finished, and every slot taken back
        changed.notify_all();
        return;
      }
    }
  };

  std::vector<std::thread> threads;
  const auto stop_all = [&] {
    {
      std::lock_guard lock(mutex);
      stopped = true;
    }
    changed.notify_all();
    for (auto& thread : threads) thread.join();
  };
  try {
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(run, w);
  } catch (...) {
    stop_all();
    throw;
  }
  run(0);
  stop_all();
  if (failure) std::rethrow_exception(failure);
  if (produce_failure) std::rethrow_exception(produce_failure);
}

}  // namespace cxkit::score
