#pragma once
// Two-stage pipeline: `produce` fills batches on a second thread while
// `consume` drains them on this one. A fixed set of `depth` batches goes
// round, so memory does not grow with the input. An exception on either side
// stops both and is rethrown here, after the producer has been joined.
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cxkit::job {

// produce(batch) fills a batch and returns false after the last one.
template <class Batch>
void pipeline(std::size_t depth, const std::function<bool(Batch&)>& produce,
              const std::function<void(Batch&)>& consume) {
  std::vector<Batch> storage(depth);
  std::deque<Batch*> empty, full;
  for (auto& batch : storage) empty.push_back(&batch);
  std::mutex mutex;
  std::condition_variable changed;
  bool finished = false, stopped = false;
  std::exception_ptr failure;

  std::thread producer([&] {
    try {
      for (bool more = true; more;) {
        Batch* batch = nullptr;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return stopped || !empty.empty(); });
          if (stopped) return;
          batch = empty.front();
          empty.pop_front();
        }
        more = produce(*batch);
        {
          std::lock_guard lock(mutex);
          full.push_back(batch);
          finished = !more;
        }
        changed.notify_all();
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      failure = std::current_exception();
      finished = true;
      changed.notify_all();
    }
  });

  try {
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return finished || !full.empty(); });
        if (full.empty()) break;
        batch = full.front();
        full.pop_front();
      }
      consume(*batch);
      {
        std::lock_guard lock(mutex);
        empty.push_back(batch);
      }
      changed.notify_all();
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex);
      stopped = true;
    }
    changed.notify_all();
    producer.join();
    throw;
  }
  producer.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace cxkit::job
