// Runs a per-document job on N worker threads while the caller keeps reading input and
// writing output in input order, so that the output is identical to a one-thread run.
//
// Usage (one producer thread, the caller's):
//   OrderedWorkers<Document, Out> w(threads, job, consume);
//   read_all(..., [&](Document&& d) { return w.push(std::move(d)); }, report);
//   Status s = w.finish();
// `job(Document&) -> Result<Out>` runs on the workers (it must only read shared, immutable
// state); `consume(Out&&) -> Status` runs on the caller's thread, in push order. At most
// 4 × threads documents are in flight (bounded memory). The first error stops the run and
// is returned by push() / finish(). With threads <= 1 the job runs inline.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "graph/status.h"

namespace kg::cli {

// `requested`, or the number of cores when 0.
inline unsigned thread_count(unsigned requested) {
  if (requested) return requested;
  const unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

template <typename In, typename Out>
class OrderedWorkers {
 public:
  using Job = std::function<Result<Out>(In&)>;
  using Consume = std::function<Status(Out&&)>;

  OrderedWorkers(unsigned threads, Job job, Consume consume)
      : job_(std::move(job)), consume_(std::move(consume)), threads_(threads) {
    if (threads_ <= 1) return;
    limit_ = 4 * threads_;
    for (unsigned k = 0; k < threads_; ++k) workers_.emplace_back([this] { work(); });
  }
  ~OrderedWorkers() { stop(); }
  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  Status push(In&& item) {
    if (threads_ <= 1) {
      Result<Out> r = job_(item);
      if (!r) return r.status();
      return consume_(std::move(r).value());
    }
    for (;;) {
      // Consume what is ready first: a full window of finished jobs frees no space until
      // their results are written.
      if (Status s = drain(false); !s.is_ok()) return s;
      std::unique_lock<std::mutex> lock(mu_);
      if (!error_.is_ok()) return error_;
      if (in_flight_ < limit_) {
        jobs_.push_back({next_in_++, std::move(item)});
        ++in_flight_;
        break;
      }
      result_ready_.wait(lock, [&] { return done_.count(next_out_) > 0 || !error_.is_ok(); });
    }
    work_ready_.notify_one();
    return Status::ok();
  }

  // Waits for every job, consumes the rest in order, stops the workers.
  Status finish() {
    if (threads_ <= 1) return Status::ok();
    Status s = drain(true);
    stop();
    return s;
  }

 private:
  struct Task {
    std::size_t seq;
    In item;
  };

  void work() {
    for (;;) {
      Task t;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_ready_.wait(lock, [&] { return !jobs_.empty() || stopping_; });
        if (jobs_.empty()) return;
        t = std::move(jobs_.front());
        jobs_.pop_front();
      }
      Result<Out> r = job_(t.item);
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (!r) {
          if (error_.is_ok()) error_ = r.status();
          --in_flight_;
        } else {
          done_.emplace(t.seq, std::move(r).value());
        }
      }
      result_ready_.notify_all();
    }
  }

  // Consumes finished results in order; with `all`, waits until everything pushed is done.
  Status drain(bool all) {
    for (;;) {
      std::optional<Out> next;
      {
        std::unique_lock<std::mutex> lock(mu_);
        if (all) {
          result_ready_.wait(lock, [&] {
            return done_.count(next_out_) || next_out_ == next_in_ || !error_.is_ok();
          });
        }
        if (!error_.is_ok()) return error_;
        auto it = done_.find(next_out_);
        if (it == done_.end()) return Status::ok();
        next.emplace(std::move(it->second));
        done_.erase(it);
        ++next_out_;
        --in_flight_;
      }
      if (Status s = consume_(std::move(*next)); !s.is_ok()) {
        std::lock_guard<std::mutex> lock(mu_);
        if (error_.is_ok()) error_ = s;
        return s;
      }
    }
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
      jobs_.clear();
    }
    work_ready_.notify_all();
    for (auto& t : workers_) if (t.joinable()) t.join();
    workers_.clear();
  }

  Job job_;
  Consume consume_;
  unsigned threads_;
  std::size_t limit_ = 0;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<Task> jobs_;
  std::map<std::size_t, Out> done_;
  std::size_t next_in_ = 0, next_out_ = 0, in_flight_ = 0;
  bool stopping_ = false;
  Status error_;
};

}  // namespace kg::cli
