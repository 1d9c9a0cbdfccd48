// The native boundary of the loader: the few system calls JavaScript cannot make. Every function
// returns a plain number (a result, or -errno) and never throws for a failed syscall, so all error
// handling and every bpf_attr layout stay in TypeScript (loader/bpf.ts, loader/sys.ts).
//
// Pointers: bpf(cmd, attr, off1, buf1, off2, buf2, ...) writes the address of each Buffer's bytes
// as a u64 at attr[off] before the syscall. The Buffers are arguments of this synchronous call, so
// they stay alive (and unmoved) until the kernel has returned. A missing/empty Buffer writes 0.
//
// Ring buffers (`bfr logs`, loader/ringbuf.ts): mmap(fd, length, prot, offset) exposes a mapping
// as an external ArrayBuffer; munmap(buffer) unmaps it at once and detaches the buffer (so JS can
// never touch unmapped memory); a buffer dropped without munmap is unmapped by its finalizer.
// poll(fd, timeout) waits for records; clockGettime(clock) gives CLOCK_BOOTTIME / CLOCK_REALTIME,
// which JavaScript cannot read, to turn bpf_ktime_get_boot_ns() into wall-clock time.
#include <napi.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <ctime>
#include <mutex>
#include <net/if.h>
#include <poll.h>
#include <sys/mman.h>
#include <unordered_map>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

Napi::Value Fail(const Napi::Env& env, const char* msg) {
  Napi::TypeError::New(env, msg).ThrowAsJavaScriptException();
  return env.Undefined();
}

Napi::Number Result(const Napi::Env& env, long rc) {
  return Napi::Number::New(env, rc < 0 ? -static_cast<double>(errno) : static_cast<double>(rc));
}

// bpf(cmd: number, attr: Buffer, ...pairs: (offset: number, buf: Buffer | null)) → fd/0 or -errno
Napi::Value Bpf(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsBuffer() || info.Length() % 2 != 0) {
    return Fail(env, "bpf(cmd, attr, [offset, buffer]...)");
  }
  int cmd = info[0].As<Napi::Number>().Int32Value();
  Napi::Buffer<uint8_t> attr = info[1].As<Napi::Buffer<uint8_t>>();
  for (size_t i = 2; i < info.Length(); i += 2) {
    if (!info[i].IsNumber()) return Fail(env, "bpf: pointer offset must be a number");
    uint32_t off = info[i].As<Napi::Number>().Uint32Value();
    if (off + 8 > attr.Length() || off % 8 != 0) return Fail(env, "bpf: pointer offset out of attr");
    uint64_t addr = 0;
    if (info[i + 1].IsBuffer()) {
      Napi::Buffer<uint8_t> b = info[i + 1].As<Napi::Buffer<uint8_t>>();
      if (b.Length() > 0) addr = reinterpret_cast<uintptr_t>(b.Data());
    } else if (!info[i + 1].IsNull() && !info[i + 1].IsUndefined()) {
      return Fail(env, "bpf: pointer target must be a Buffer or null");
    }
    std::memcpy(attr.Data() + off, &addr, sizeof addr);
  }
  long rc = syscall(__NR_bpf, cmd, attr.Data(), static_cast<unsigned int>(attr.Length()));
  return Result(env, rc);
}

Napi::Value Close(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsNumber()) return Fail(info.Env(), "close(fd)");
  return Result(info.Env(), close(info[0].As<Napi::Number>().Int32Value()));
}

// flock(fd, op) with op from LOCK_SH 1 | LOCK_EX 2 | LOCK_NB 4 | LOCK_UN 8 (sys/file.h)
Napi::Value Flock(const Napi::CallbackInfo& info) {
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) return Fail(info.Env(), "flock(fd, op)");
  return Result(info.Env(), flock(info[0].As<Napi::Number>().Int32Value(), info[1].As<Napi::Number>().Int32Value()));
}

// open(path, flags): O_CLOEXEC is always added so no fd leaks into child processes.
Napi::Value Open(const Napi::CallbackInfo& info) {
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsNumber()) return Fail(info.Env(), "open(path, flags)");
  std::string path = info[0].As<Napi::String>().Utf8Value();
  int flags = info[1].As<Napi::Number>().Int32Value() | O_CLOEXEC;
  return Result(info.Env(), open(path.c_str(), flags));
}

Napi::Value IfNameToIndex(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsString()) return Fail(info.Env(), "ifNameToIndex(name)");
  std::string name = info[0].As<Napi::String>().Utf8Value();
  return Napi::Number::New(info.Env(), if_nametoindex(name.c_str()));
}

Napi::Value IfIndexToName(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsNumber()) return Fail(info.Env(), "ifIndexToName(index)");
  char buf[IF_NAMESIZE + 1] = {0};
  if (if_indextoname(info[0].As<Napi::Number>().Uint32Value(), buf) == nullptr) return info.Env().Null();
  return Napi::String::New(info.Env(), buf);
}

Napi::Value Mount(const Napi::CallbackInfo& info) {
  if (info.Length() < 3 || !info[0].IsString() || !info[1].IsString() || !info[2].IsString()) {
    return Fail(info.Env(), "mount(source, target, fstype)");
  }
  std::string src = info[0].As<Napi::String>().Utf8Value();
  std::string dst = info[1].As<Napi::String>().Utf8Value();
  std::string fs = info[2].As<Napi::String>().Utf8Value();
  return Result(info.Env(), mount(src.c_str(), dst.c_str(), fs.c_str(), 0, nullptr));
}

// umount(target): detach-lazily is not used; a busy mount reports EBUSY to the caller.
Napi::Value Umount(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsString()) return Fail(info.Env(), "umount(target)");
  std::string dst = info[0].As<Napi::String>().Utf8Value();
  return Result(info.Env(), umount2(dst.c_str(), 0));
}

// A live mapping, shared by munmap() and the ArrayBuffer's finalizer so exactly one unmaps it.
struct Mapping {
  void* addr;
  size_t len;
  bool live;
};

std::mutex mappings_mu;
std::unordered_map<void*, Mapping*> mappings;

void FinalizeMapping(Napi::Env, void*, Mapping* m) {
  std::lock_guard<std::mutex> lock(mappings_mu);
  if (m->live) {
    munmap(m->addr, m->len);
    mappings.erase(m->addr);
  }
  delete m;
}

// mmap(fd, length, prot, offset) → ArrayBuffer, or -errno. MAP_SHARED; prot PROT_READ 1 | PROT_WRITE 2.
Napi::Value Mmap(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 4 || !info[0].IsNumber() || !info[1].IsNumber() || !info[2].IsNumber() || !info[3].IsNumber()) {
    return Fail(env, "mmap(fd, length, prot, offset)");
  }
  int fd = info[0].As<Napi::Number>().Int32Value();
  size_t len = static_cast<size_t>(info[1].As<Napi::Number>().Int64Value());
  int prot = info[2].As<Napi::Number>().Int32Value() & (PROT_READ | PROT_WRITE);
  off_t off = static_cast<off_t>(info[3].As<Napi::Number>().Int64Value());
  if (len == 0) return Napi::Number::New(env, -EINVAL);
  void* addr = mmap(nullptr, len, prot, MAP_SHARED, fd, off);
  if (addr == MAP_FAILED) return Napi::Number::New(env, -static_cast<double>(errno));
  Mapping* m = new Mapping{addr, len, true};
  {
    std::lock_guard<std::mutex> lock(mappings_mu);
    mappings[addr] = m;
  }
  return Napi::ArrayBuffer::New(env, addr, len, FinalizeMapping, m);
}

// munmap(buffer) → 0 or -errno: unmaps a buffer from mmap() and detaches it (its length becomes 0).
Napi::Value Munmap(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsArrayBuffer()) return Fail(env, "munmap(arrayBuffer)");
  Napi::ArrayBuffer ab = info[0].As<Napi::ArrayBuffer>();
  void* addr = ab.Data();
  long rc = -EINVAL;
  {
    std::lock_guard<std::mutex> lock(mappings_mu);
    auto it = mappings.find(addr);
    if (it != mappings.end() && it->second->live) {
      rc = munmap(addr, it->second->len) == 0 ? 0 : -errno;
      it->second->live = false;
      mappings.erase(it);
    }
  }
  if (rc == 0) ab.Detach();
  return Napi::Number::New(env, static_cast<double>(rc));
}

// poll(fd, timeoutMs) → revents (0 on timeout) or -errno; waits for POLLIN.
Napi::Value Poll(const Napi::CallbackInfo& info) {
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) return Fail(info.Env(), "poll(fd, timeoutMs)");
  struct pollfd p = {info[0].As<Napi::Number>().Int32Value(), POLLIN, 0};
  int rc = poll(&p, 1, info[1].As<Napi::Number>().Int32Value());
  if (rc < 0) return Napi::Number::New(info.Env(), -static_cast<double>(errno));
  return Napi::Number::New(info.Env(), rc == 0 ? 0 : p.revents);
}

// clockGettime(clockid) → BigInt nanoseconds (CLOCK_REALTIME 0, CLOCK_MONOTONIC 1, CLOCK_BOOTTIME 7), or -errno.
Napi::Value ClockGettime(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsNumber()) return Fail(info.Env(), "clockGettime(clockid)");
  struct timespec ts;
  if (clock_gettime(static_cast<clockid_t>(info[0].As<Napi::Number>().Int32Value()), &ts) != 0) {
    return Napi::Number::New(info.Env(), -static_cast<double>(errno));
  }
  return Napi::BigInt::New(info.Env(), static_cast<int64_t>(static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec));
}

Napi::Value PageSize(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(sysconf(_SC_PAGESIZE)));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("bpf", Napi::Function::New(env, Bpf));
  exports.Set("close", Napi::Function::New(env, Close));
  exports.Set("flock", Napi::Function::New(env, Flock));
  exports.Set("open", Napi::Function::New(env, Open));
  exports.Set("ifNameToIndex", Napi::Function::New(env, IfNameToIndex));
  exports.Set("ifIndexToName", Napi::Function::New(env, IfIndexToName));
  exports.Set("mount", Napi::Function::New(env, Mount));
  exports.Set("umount", Napi::Function::New(env, Umount));
  exports.Set("mmap", Napi::Function::New(env, Mmap));
  exports.Set("munmap", Napi::Function::New(env, Munmap));
  exports.Set("poll", Napi::Function::New(env, Poll));
  exports.Set("clockGettime", Napi::Function::New(env, ClockGettime));
  exports.Set("pageSize", Napi::Function::New(env, PageSize));
  return exports;
}

}  // namespace

NODE_API_MODULE(bfr_native, Init)
