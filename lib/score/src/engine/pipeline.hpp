#pragma once
// An ordered parallel pipeline: `produce` fills slots in input order on one
// thread, `work` runs on `workers` threads (each slot once, on any of them),
// and `consume` takes the slots back in input order on the calling thread.
// `follow`, when given, runs on a thread of its own on every slot in input
// order as soon as it is produced, alongside the workers (it reads the slot
// only). A fixed ring of `depth` slots goes round (a slot once both
// `consume` and `follow` are done with it), so memory does not grow with
// the input. The first failure in input order (an exception from `work` or
// `consume`, or from `produce` after the slots before it) stops every
// thread and is rethrown here, once all have been joined; one from
// `follow` is rethrown after them.
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
                      const std::function<void(Slot&, std::size_t)>& work, const std::function<void(Slot&)>& consume,
                      const std::function<void(const Slot&)>& follow = {}) {
  struct Entry {
    Slot slot;
    bool done = false;
    std::exception_ptr failure;
  };
  std::vector<Entry> ring(depth);
  std::mutex mutex;
  // Who waits for what: the reader for a free slot, the workers for a slot
  // to work on, the taker for the next slot in order to be done. Each is
  // woken only by what it waits for.
  std::condition_variable room, work_ready, next_done, follow_ready;
  const auto wake_all = [&] {
    room.notify_all();
    work_ready.notify_all();
    next_done.notify_all();
    follow_ready.notify_all();
  };
  std::size_t produced = 0, claimed = 0, consumed = 0, followed = 0;  // sequence numbers
  bool finished = false, stopped = false;
  std::exception_ptr produce_failure, follow_failure;
  // Slots still in use by `consume` or `follow` (which may be behind).
  const auto in_use = [&] { return produced - (follow && followed < consumed ? followed : consumed); };

  std::vector<std::thread> threads;
  const auto stop_all = [&] {
    {
      std::lock_guard lock(mutex);
      stopped = true;
    }
    wake_all();
    for (auto& thread : threads) thread.join();
  };
  try {
    threads.emplace_back([&] {
      try {
        for (;;) {
          {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return stopped || in_use() < depth; });
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
          if (more) {
            work_ready.notify_one();
            if (follow) follow_ready.notify_one();
          } else {
            work_ready.notify_all();  // no more work: each worker ends
            next_done.notify_all();
            follow_ready.notify_all();
          }
          if (!more) return;
        }
      } catch (...) {
        {
          std::lock_guard lock(mutex);
          produce_failure = std::current_exception();
          finished = true;
        }
        wake_all();
      }
    });
    for (std::size_t w = 0; w < workers; ++w)
      threads.emplace_back([&, w] {
        for (;;) {
          Entry* entry = nullptr;
          {
            std::unique_lock lock(mutex);
            work_ready.wait(lock, [&] { return stopped || claimed < produced || finished; });
            if (stopped || claimed == produced) return;  // finished, or told to stop
            entry = &ring[claimed++ % depth];
          }
          try {
            work(entry->slot, w);
          } catch (...) {
            entry->failure = std::current_exception();
          }
          bool next = false;
          {
            std::lock_guard lock(mutex);
            entry->done = true;
            next = entry == &ring[consumed % depth];
          }
          if (next) next_done.notify_one();
        }
      });

    if (follow)
      threads.emplace_back([&] {
        for (;;) {
          const Entry* entry = nullptr;
          {
            std::unique_lock lock(mutex);
            follow_ready.wait(lock, [&] { return stopped || followed < produced || finished; });
            if (stopped || followed == produced) return;  // finished, or told to stop
            entry = &ring[followed % depth];
          }
          if (!follow_failure) try {  // after a failure, slots are only let go
              follow(entry->slot);
            } catch (...) {
              follow_failure = std::current_exception();  // read once this thread is joined
            }
          {
            std::lock_guard lock(mutex);
            ++followed;
          }
          room.notify_all();  // the reader, and the end below
        }
      });

    for (;;) {
      Entry* entry = nullptr;
      {
        std::unique_lock lock(mutex);
        next_done.wait(lock, [&] { return (consumed < produced && ring[consumed % depth].done) || (finished && consumed == produced); });
        if (consumed == produced) break;
        entry = &ring[consumed % depth];
      }
      if (entry->failure) std::rethrow_exception(entry->failure);
      consume(entry->slot);
      {
        std::lock_guard lock(mutex);
        ++consumed;
      }
      room.notify_all();  // the reader, and the end below
    }
    if (follow) {  // every slot followed, before the threads are stopped
      std::unique_lock lock(mutex);
      room.wait(lock, [&] { return followed == produced; });
    }
  } catch (...) {
    stop_all();
    throw;
  }
  stop_all();
  if (produce_failure) std::rethrow_exception(produce_failure);
  if (follow_failure) std::rethrow_exception(follow_failure);
}

}  // namespace cxkit::score
