"""The bittensor 11.3.0 SDK against tao's devnet (run by tests/clients/sdk.rs).

Usage: python sdk.py WS_URL WALLET_PATH DEST_SS58

Connects to the devnet only (no fallback or archive endpoints), reads subnet 1's metagraph,
transfers 1.5 TAO from the wallet `bob` under WALLET_PATH to DEST_SS58, and prints one JSON
object: the neurons, whether the transfer succeeded and how many rao the destination received.
"""
import asyncio
import json
import sys

import bittensor as bt

async def main(url, wallet_path, dest):
    client = bt.Client(url, fallback_endpoints=[], archive_endpoints=[])
    async with client:
        mg = await client.subnets.metagraph(1, commitments=False)
        neurons = [
            {"uid": n.uid, "hotkey": n.hotkey, "coldkey": n.coldkey} for n in mg.neurons
        ]
        wallet = bt.Wallet(name="bob", path=wallet_path)
        before = await client.balances.get(dest)
        transfer = bt.intents.Transfer(dest_ss58=dest, amount_tao=bt.tao(1.5))
        result = await client.execute(transfer, wallet)
        after = await client.balances.get(dest)
        print(
            json.dumps(
                {
                    "neurons": neurons,
                    "success": bool(result.success),
                    "received_rao": after.rao - before.rao,
                }
            )
        )

if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
