import { WaysBack } from "@/components/ways-back";

export default function NotFound() {
  return <WaysBack title="找不到这个页面" explanation="这个地址没有对应的页面，可能是链接输错了，或者页面已经移动。" />;
}
