#pragma once
// An ordered parallel pipeline: `produce` fills slots in input order on one
// thread, `work` runs on `workers` threads (each slot once, on any of them),
// and `consume` takes the slots back in input order on the calling thread.
// A fixed ring of `depth` slots goes round, so memory does not grow with the
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
// (the slot is then unused); work(slot, worker) gets the worker's index.
template <class Slot>
void ordered_pipeline(std::size_t workers, std::size_t depth, const std::function<bool(Slot&)>& produce,
                      const std::function<void(Slot&, std::size_t)>& work, const std::function<void(Slot&)>& consume) {
  struct Entry {
    Slot slot;
    bool done = false;
    std::exception_ptr failure;
  };
  std::vector<Entry> ring(depth);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t produced = 0, claimed = 0, consumed = 0;  // sequence numbers
  bool finished = false, stopped = false;
  std::exception_ptr produce_failure;

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
    threads.emplace_back([&] {
      try {
        for (;;) {
          {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stopped || produced - consumed < depth; });
            if (stopped) return;
          }
          Entry& entry = ring[produced % depth];  // free: nobody else touches it
          const bool more = produce(entry.slot);
          {
            std::lock_guard lock(mutex);
            if (more) {
              entry.done = false;
              entry.failure = nullptr;
              ++produced;
            }
            finished = !more;
          }
          changed.notify_all();
          if (!more) return;
        }
      } catch (...) {
        {
          std::lock_guard lock(mutex);
          produce_failure = std::current_exception();
          finished = true;
        }
        changed.notify_all();
      }
    });
    for (std::size_t w = 0; w < workers; ++w)
      threads.emplace_back([&, w] {
        for (;;) {
          Entry* entry = nullptr;
          {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stopped || claimed < produced || finished; });
            if (stopped || claimed == produced) return;  // finished, or told to stop
            entry = &ring[claimed++ % depth];
          }
          try {
            work(entry->slot, w);
          } catch (...) {
            entry->failure = std::current_exception();
          }
          {
            std::lock_guard lock(mutex);
            entry->done = true;
          }
          changed.notify_all();
        }
      });

    for (;;) {
      Entry* entry = nullptr;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return (consumed < produced && ring[consumed % depth].done) || (finished && consumed == produced); });
        if (consumed == produced) break;
        entry = &ring[consumed % depth];
      }
      if (entry->failure) std::rethrow_exception(entry->failure);
      consume(entry->slot);
      {
        std::lock_guard lock(mutex);
        ++consumed;
      }
      changed.notify_all();
    }
  } catch (...) {
    stop_all();
    throw;
  }
  stop_all();
  if (produce_failure) std::rethrow_exception(produce_failure);
}

}  // namespace cxkit::score
